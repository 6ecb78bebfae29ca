/* Regina's extra STREAM commands: READABLE WRITABLE EXECUTABLE FSTAT, QUERY STREAMTYPE */
f = '/tmp/rexxlite-conformance-stream-commands.txt'
say stream(f, 'c', 'flush')                       /* never opened: UNKNOWN */
say '['stream(f, 'c', 'query streamtype')']' '['stream(f, 'c', 'fstat')']' stream(f, 'c', 'readable')
call lineout f, 'twelve bytes'
say stream(f, 'c', 'flush')
call lineout f
say stream(f, 'c', 'flush')
say stream(f, 'c', 'readable') stream(f, 'c', 'Writable') stream(f, 'c', 'executable')
say stream(f, 'c', 'query streamtype') subword(stream(f, 'c', 'fstat'), 7)
say stream('/tmp', 'c', 'query streamtype') word(stream('/tmp', 'c', 'fstat'), 8)
say stream('/dev/null', 'c', 'query streamtype') subword(stream('/dev/null', 'c', 'fstat'), 3)
'rm -f' f
