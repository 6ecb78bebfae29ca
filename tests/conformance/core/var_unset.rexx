/* An unset symbol's value is its own name in upper case */
say hello
say Hello.World
say a.b.c
i = 7
say a.i
say a.i.j
say 'ABC'abc
drop i
say i
x.1 = 'one'
say x.1 x.2
