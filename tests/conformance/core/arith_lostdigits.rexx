/* LOSTDIGITS is raised when an operand has more digits than NUMERIC DIGITS */
signal on lostdigits
numeric digits 5
say 12345 + 1
say 12.345 + 1
x = 123456 + 1
say 'not reached' x
exit
lostdigits:
  say 'LOSTDIGITS at line' sigl
  say 'condition' condition('C') 'desc' condition('D') 'instr' condition('I')
  exit
