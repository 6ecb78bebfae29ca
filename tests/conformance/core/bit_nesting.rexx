/* BIT calls as operands of BIT calls, literal operands, SUBSTR of a literal length, in a loop
   (the code generator keeps a nested call's bytes as one integer; Regina's answers) */
k = 'abcdefgh' || '00ff7f80'x || 'xyz'
do j = 1 to 15 by 2
  w = substr(k, j, 4)
  say c2x(bitxor(bitand(w, 'f0f0f0f0'x), bitor(w, '0f0f0f0f'x))) c2x(bitand(bitor(w, 'ff'x), w))
  say c2x(bitxor(bitand(w, 'ab'), bitor('abc', w))) c2x(bitand('', w)) c2x(bitor(bitxor(w, w), 'a'))
  say c2x(bitand(w, 1234)) c2x(bitor(bitand(w, 'zz'), bitand(w, w))) c2d(bitxor(w, '0102'x))
  say c2x(bitxor(bitand(w, bitor(w, 'aaaa')), bitxor(bitor(w, w), w))) c2x(bitand(w, 'f0'x, 'ff'x))
end
s = 'abcdef'
do j = 1 to 8
  say '<'substr(s, j, 4)'>' '<'substr(s, j, 0)'>' '<'substr(j * 11, j, 1)'>'
end
h = 0
do round = 1 to 3
  do j = 1 to 12 by 4
    w = substr(k, j, 4)
    f = bitxor(bitand(w, 'f0f0f0f0'x), bitor(w, '0f0f0f0f'x))
    h = (h + c2d(f) + round) // 4294967296
  end
end
say h
signal on syntax
say c2x(bitxor(bitand(w, 'ab'), bitor(w, 'cd', 'toolong')))
exit
syntax: say 'E' rc sigl condition('D')
