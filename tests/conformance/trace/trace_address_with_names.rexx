/* TRACE R / I: streams and queues of ADDRESS ... WITH named by a variable are evaluated (and
   traced) when each command runs: every STREAM name first, then every name (INPUT, OUTPUT,
   ERROR order); a never-set variable is its name (>L>); ADDRESS('I'/'O'/'E') gives and traces
   the variable's current value */
f = '/tmp/rexxlite-conformance-trace-with-f.txt'
g = '/tmp/rexxlite-conformance-trace-with-g.txt'
q = 'SESSION'
trace r
address system 'echo one' with output stream f error fifo q
trace i
address system 'cat' with error stream g output stream f input fifo q
address system 'echo two' with output fifo unset_q
say queued()
address system with input stream f output append stream g
'true'
say address('I') address('O') address('E')
f = g
say address('I')
drop g
say address('O')
address system with input normal output normal error normal
trace o
say 'f:' linein(f) 'queued' queued()
'rm -f' f '/tmp/rexxlite-conformance-trace-with-f.txt'
