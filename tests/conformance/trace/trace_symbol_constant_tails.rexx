/* SYMBOL() of a compound name sets Regina's >C> state as VALUE() does: after a name with a
   set variable tail later constant tails show their names, after a constant one they do not. */
trace i
i = 3
x.3 = 'a'
y = x.i
say symbol('X.I')
say x.3
y = x.i
say symbol('X.3') x.3
say symbol('X.I') x.3
say symbol('Y') x.3
