/* BITAND, BITOR, BITXOR over every byte value: pad given or not, lengths that differ,
   empty strings, omitted second string (a longer string's tail kept or padded) */
all = xrange('00'x, 'ff'x)
rev = reverse(all)
say length(all) length(bitand(all, rev))
say c2x(bitand(all, rev)) = c2x(bitand(rev, all))
do k = 0 to 255 by 51
  b = d2c(k)
  say k c2x(substr(bitand(all, copies(b, 256)), 250))
  say k c2x(substr(bitor(all, copies(b, 256)), 1, 8))
  say k c2x(substr(bitxor(all, copies(b, 256)), 120, 10))
end
say c2x(bitxor(all, rev)) = c2x(xrange('ff'x, '00'x)) c2x(left(bitxor(all, rev), 8))
say c2x(right(bitand(all, 'f0'x), 6))
say c2x(left(bitand(all, 'f0'x, '0f'x), 6)) c2x(right(bitand(all, 'f0'x, '0f'x), 6))
say c2x(right(bitor(x2c('0102'), all, '80'x), 5)) length(bitor(x2c('0102'), all, '80'x))
say c2x(right(bitxor(all, , 'ff'x), 4)) c2x(left(bitxor(rev, , 'aa'x), 4))
say c2x(right(bitxor(all, ''), 4)) length(bitxor('', all)) length(bitxor('', ''))
say '['bitand('', '')']' '['bitor('', , 'x')']' '['bitxor('', , 'y')']' '['bitand('')']'
say c2x(bitand('', 'ff00ff'x, '0f'x)) c2x(bitor('', 'ff00ff'x))
say c2x(bitxor('0000ff'x, 'ff'x, '00'x)) c2x(bitxor('00'x, '0000ff'x))
say c2x(bitand(copies('ff'x, 40), copies('0f'x, 30)))
say c2x(bitor(copies('80'x, 17), '01'x, '7f'x))
say c2d(bitxor(d2c(4294967295, 4), '80000001'x)) c2x(bitand('0000'x, 'ffff'x, '00'x))
