/* Edge cases with blanks when parsing words */
parse value '  a  b  ' with x y
say '['||x']' '['y']'
parse value '  a  b  ' with x y z
say '['||x']' '['y']' '['z']'
parse value 'a  b' with x ' ' y
say '['||x']' '['y']'
parse value ' a' with x
say '['||x']'
parse value 'a b   ' with x
say '['||x']'
parse value 'a   b' with x 3 y
say '['||x']' '['y']'
parse value 'word1   word2' with x 'word2' y
say '['||x']' '['y']'
parse value 'a b c' with x . ''
say '['||x']'
