/* Whole-number arguments of built-ins as Regina reads them: plain digits (with leading
   zeros, up to a C int), signs, blanks, exponents and decimals that are whole */
s = 'abcdefghij'
say substr(s, 3) substr(s, '03') substr(s, '0000000000003') substr(s, ' 3 ')
say substr(s, '3.0') substr(s, '0.3e1') substr(s, '+3') left(s, '00')'|'
say copies('ab', 0003) right(s, 0000007) word('a b c', '0000000002')
say format(2, '0000000000000000000000000000005') d2c(65, '0000000001')
say left('x', 0)'|' overlay('Z', s, 00010) insert('-', s, 000)
signal on syntax
say substr(s, '2147483648')
exit
syntax:
  say 'Error' condition('E') 'line' sigl
  say errortext(rc) '/' condition('D')
  call next
  exit
next:
  signal on syntax name syntax2
  say substr(s, '00000000002147483648')
  exit
syntax2:
  say 'Error' rc 'line' sigl condition('D')
