/* Traced (TRACE I), '-10001' as an operand is still one literal to Regina: LOSTDIGITS at
   DIGITS 4, named '-10001' (its lines show a prefix minus); a variable is named by name */
trace i
numeric digits 4
say -10001 - 1 -10005 - 1 2 * -10051
signal on lostdigits name l1
b = -10001 - 1
say 'not raised' b
l1: say 'lostdigits' condition('D')
signal on lostdigits name l2
x = 10001
b = -x
say 'minus x' b
b = 1 - x
say 'not raised' b
l2: say 'lostdigits' condition('D')
