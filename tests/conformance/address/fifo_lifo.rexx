/* Output to the data queue: FIFO and LIFO, REPLACE (the default) and APPEND */
queue 'old line'
address system 'printf "f1\nf2\n"' with output fifo ''
say 'replace empties the queue first: queued' queued()
address system 'printf "l1\nl2\n"' with output append lifo ''
say 'append keeps it: queued' queued()
do while queued() > 0
  parse pull line
  say line
end
queue 'kept'
address system 'echo added' with output append fifo ''
do queued(); parse pull line; say line; end
queue 'zebra'
queue 'aardvark'
queue 'mole'
address system 'sort' with input fifo '' output stem s.
say 'sorted' s.0 s.1 s.2 s.3 'left in queue' queued()
