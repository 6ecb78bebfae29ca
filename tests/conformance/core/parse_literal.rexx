/* Literal string patterns */
parse value 'key=value' with k '=' v
say k v
parse value 'a,b,c' with x ',' y ',' z
say x y z
parse value 'no delimiter here' with before ',' after
say '['before']' '['after']'
parse value '2024-11-28' with yy '-' mm '-' dd
say dd'/'mm'/'yy
parse value 'a::b' with p '::' q
say p q
parse value 'first, second' with f ',' s
say '['f']' '['s']'
parse value 'x(1)y' with a '(' b ')' c
say a b c
parse value 'aXbXc' with a 'X' b 'X' c 'X' d
say a b c '['d']'
parse value 'abc' with a '' b
say '['a']' '['||b']'
parse value 'one two three' with a 'two' b
say '['a']' '['||b']'
