/* Parsing into words */
parse value 'The quick brown fox' with a b c
say '['a']' '['||b']' '['c']'
parse value '  leading   and   trailing  ' with x y z
say '['||x']' '['y']' '['z']'
parse value 'one two' with p q r s
say '['p']' '['q']' '['r']' '['s']'
parse value 'only' with w
say '['w']'
parse value '   ' with e1 e2
say '['e1']' '['e2']'
parse value 'a b c d e' with first rest
say '['first']' '['rest']'
parse value '' with v1 v2
say '['v1']' '['v2']'
