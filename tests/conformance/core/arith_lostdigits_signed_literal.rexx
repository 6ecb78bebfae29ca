/* '-10001' as an operand is one literal to Regina: LOSTDIGITS at DIGITS 4 (trip test
   lostdigits.rexx); a prefix minus on a variable is an operation of its own */
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
