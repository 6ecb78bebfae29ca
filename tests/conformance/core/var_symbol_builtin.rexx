/* SYMBOL() */
a = 1
say symbol('a') symbol('b') symbol('1') symbol('1abc') symbol('a b')
say symbol('A.') symbol('x.1')
x.1 = 1
say symbol('x.1') symbol('x.2') symbol('X.')
drop a
say symbol('a')
say symbol('+') symbol('') symbol('.abc') symbol('abc.def.')
