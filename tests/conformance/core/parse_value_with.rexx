/* PARSE VALUE with an expression */
parse value 1 + 2 'x' with a b
say a b
parse value date('S', '20240115', 'S') with y 5 m 7 d
say y m d
parse value copies('ab ', 3) with w1 w2 w3 w4
say w1 w2 w3 '['w4']'
parse value with a b
say '['a']' '['||b']'
parse value 'a b' || 'c d' with p q r
say p q r
