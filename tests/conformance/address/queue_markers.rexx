/* Regina's queue markers in a command: LIFO> (input from the queue), >LIFO and >FIFO (output to it) */
queue 'a'; queue 'b'; queue 'c'
'LIFO> cat'
say 'rc' rc 'queued' queued()
queue 'a'; queue 'b'; queue 'c'
'LIFO> cat >FIFO'
say 'queued' queued()
do queued(); pull x; say 'got' x; end
queue 'a'; queue 'b'; queue 'c'
'LIFO> cat >LIFO'
do queued(); pull x; say 'got' x; end
'echo hi >LIFO'
'echo there>fifo'
say 'queued' queued()
do queued(); pull x; say 'got' x; end
queue 'x1'
say 'queued' queued()
'lifo> cat'
say 'queued' queued()
'echo LIFO> /dev/null'
push 'p1'; push 'p2'
'echo one; echo two >FIFO'
do queued(); parse pull x; say 'got' x; end
address command 'echo a b >LIFO'
do queued(); parse pull x; say 'got' x; end
