/* Command output written to a stream is seen by LINEIN; input comes from the file's start */
f = '/tmp/rexxlite-conformance-address-linein.txt'
'rm -f' f
call lineout f, 'a'
call lineout f, 'b'
call lineout f
say 'linein:' linein(f)
address system 'cat' with input stream f output stem o.
say 'command read' o.0 'lines:' o.1 o.2
say 'linein after:' linein(f)
call lineout f, 'c'
address system 'echo d' with output append stream f
say 'lines:' linein(f) linein(f) linein(f) linein(f)
address system 'echo replaced' with output stream f
say 'after replace:' linein(f)
call lineout f
address system 'cat' with input stream f output stem o.
say o.0 o.1
'rm -f' f
