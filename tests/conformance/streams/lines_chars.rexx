/* LINES and CHARS count what is left to read */
f = '/tmp/rexxlite-conformance-lines-chars.txt'
'rm -f' f
call lineout f, 'abc'
call lineout f, 'defgh'
call lineout f, ''
call lineout f
say 'chars' chars(f)
say 'lines C' lines(f, 'C')
say 'first' linein(f)
say 'chars' chars(f) 'lines C' lines(f, 'C') 'lines N' lines(f, 'N')
say 'second' linein(f)
say 'third [' || linein(f) || ']'
say 'chars' chars(f) 'lines' lines(f) lines(f, 'C')
call stream f, 'C', 'CLOSE'
'rm -f' f
