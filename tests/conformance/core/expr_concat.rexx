/* Concatenation: ||, blank and abuttal */
p = 'x'; q = 'y'
say p||q
say p q
say p    q
say p'-'q
say p || ' ' || q
say (p)(q)
say (1)(2)
say 1 2
say 1||2 + 1
say 'a' 'b'      'c'
say p'' q
say (1+1)"abc"
n = 5
say 'n='n 'n+1='n+1
say 'x'||1+2'y'
say 1 + 2 || 3 + 4
say p||,
    q
say p /* comment */ q
say p/* comment */q
say 'a' || '' || 'b'
say '' p ''
