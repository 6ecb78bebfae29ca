/* Strings of digits as operands of arithmetic and comparisons (a table of their ints is kept) */
list = '7 007 0 00 123456789 1234567890 999999999 123456789012345678 1234567890123456789',
       '12345678901234567890'
do k = 1 to words(list)
  w = word(list, k)
  say w '->' w + 0 w - 1 w * 2 (w = 7) (w < 1000000000) (w > 99)
  interpret 'say "  interpreted:" w + 0 w - 1 w * 2 (w = 7) (w > 99)'
  if length(w) < 10 then do
    say '  ' w % 3 w // 7 w % (w + 1)
    interpret 'say "  interpreted:" w % 3 w // 7'
  end
end
/* the same strings again: the table's answers are those of the first time */
do k = 1 to words(list)
  w = word(list, k)
  say w '->' w + 0 w - 1 (w = 7)
end
/* strings that are not plain digits: signs, blanks, exponents, a superscript two (byte B2) */
odd = '+5' || '00'x || '-5' || '00'x || ' 12' || '00'x || '12 ' || '00'x || '1e3' || '00'x,
      || '1.0' || '00'x || 'b2'x || '00'x || '12' || 'b2'x
do while odd \== ''
  parse var odd w '00'x odd
  call try w
end
/* at a smaller DIGITS the same strings are past it */
numeric digits 5
say 123456 + 0 '123456' + 0 '99999' + 1 '99999' * 1 ('123456' = 123457)
numeric digits 9
/* more distinct strings than the table keeps */
total = 0
do i = 1 to 5000
  s = i || ''
  total = total + s
end
say total
do i = 4990 to 5000
  s = i || ''
  say s + 1 (s > 4995)
end
say fib(15)
exit
fib: procedure
  parse arg n
  if n < 2 then return n
  return fib(n - 1) + fib(n - 2)
try: procedure
  parse arg w
  signal on syntax name bad
  say '['w']' w + 1 (w = 12) (w > 4)
  return
bad:
  say '['w']' 'Error' rc':' condition('D')
  return
