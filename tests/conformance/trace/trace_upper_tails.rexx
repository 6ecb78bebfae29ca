/* TRACE I of UPPER with compounds: a variable tail's name is shown, but (unlike other
   clauses) does not make later constant tails show theirs */
trace o
b.1 = 'x'
i = 1
upper b.i
trace i
upper b.1
x = b.1
upper b.i
upper b.1
x = b.i
upper b.1
say b.1
