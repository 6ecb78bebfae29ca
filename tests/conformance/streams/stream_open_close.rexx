/* STREAM OPEN and CLOSE commands, and the stream state */
f = '/tmp/rexxlite-conformance-open-close.txt'
'rm -f' f
say stream(f, 'S')
say stream(f, 'C', 'OPEN WRITE')
say stream(f, 'S')
call lineout f, 'written'
call stream f, 'C', 'CLOSE'
say stream(f, 'S')
say stream(f, 'C', 'OPEN READ')
say linein(f)
say stream(f, 'S')
x = linein(f)
say stream(f, 'S')
call stream f, 'C', 'CLOSE'
say stream(f, 'C', 'OPEN WRITE REPLACE')
call lineout f, 'replacement'
call stream f, 'C', 'CLOSE'
say linein(f)
call stream f, 'C', 'CLOSE'
say stream(f, 'C', 'OPEN WRITE APPEND')
call lineout f, 'appended'
call stream f, 'C', 'CLOSE'
do while lines(f) > 0; say '>' linein(f); end
call stream f, 'C', 'CLOSE'
'rm -f' f
