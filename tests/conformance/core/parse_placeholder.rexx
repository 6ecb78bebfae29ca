/* The period as a placeholder */
parse value 'a b c d' with . second . fourth
say second fourth
parse value 'a b c d' with first .
say first
parse value 'x y z' with . . last
say last
parse value 'x y z w' with . . last
say last
parse value '  lead  ' with . 
say 'nothing assigned'
parse value 'name=value' with key '=' .
say key
