/* PUSH is LIFO, QUEUE is FIFO, QUEUED() counts */
say queued()
queue 'q1'
queue 'q2'
push 'p1'
push 'p2'
say queued()
do while queued() > 0
  pull line
  say line
end
queue
push
say queued()
parse pull a; parse pull b
say '['a']' '['||b']'
queue 'Mixed Case'
parse pull c
say c
queue 'Mixed Case'
pull c
say c
push 1 + 2
pull n
say n
