/* LINEIN and CHARIN of a binary file: every byte comes back as itself */
f = 'bytes_binary.tmp'
call lineout f
'rm -f' f
call charout f, xrange()
call charout f, '0a'x || 'c3a90d0a'x || 'ff'x
call charout f
say chars(f) lines(f)
data = charin(f, 1, 262)
say length(data) (left(data, 256) == xrange()) c2x(right(data, 6))
call stream f, 'c', 'close'
n = 0
do while lines(f) > 0
  line = linein(f)
  n = n + 1
  say n length(line) c2x(right(line, min(4, length(line))))
end
call stream f, 'c', 'close'
say c2x(charin(f, 11, 1)) c2x(charin(f, 128, 3)) c2x(charin(f, 256, 1))
call stream f, 'c', 'close'
'rm -f' f
