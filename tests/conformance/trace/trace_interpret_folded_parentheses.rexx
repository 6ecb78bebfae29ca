/* TRACE I: Regina's parser also evaluates a parenthesised constant (a literal, or a
   concatenation of constants, a group folded already counting as one) in an INTERPRET string
   when it reads its ')', in order with the constant arguments of calls (each list from its
   last argument to its first, a folded group in them shown again), before the string runs */
trace i
interpret "if ('1') then say 'then'"
interpret "say ('a' 'b') (1) x"
interpret "say f((4), 'q')"
interpret "say (('z'))"
interpret "say ('a' || b) (1 + 2)"
interpret "say length(('ab'))"
interpret "call f (1) 'x', ('y')"
interpret "say (('a') 'b') f(('c') 'd')"
interpret "call f(5)"
exit
f: return arg(1)
