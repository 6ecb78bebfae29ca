/* Absolute and relative positional patterns */
s = 'abcdefghij'
parse var s 1 a 4 b 7 c
say a b c
parse var s 3 x +2 y +3 z
say x y z
parse var s 5 p 1 q
say p q
parse var s 1 first +1 =5 mid +2 .
say first mid
parse var s 8 t -3 u +2
say t u
parse var s 1 v +0 w
say '['v']' w
parse var s 100 far
say '['far']'
parse var s 0 zero +3
say zero
parse var s 1 m1 +3 -3 m2 +3
say m1 m2
parse var s 4 f1 +100
say f1
parse var s 6 b1 2 b2
say b1 b2
