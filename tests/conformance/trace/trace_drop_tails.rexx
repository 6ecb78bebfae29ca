/* TRACE I: DROP or UPPER of a constant tail clears Regina's mark of a variable tail derived
   (later constant tails show no >C> until another variable tail is derived) */
trace o
i=1
drop z.i
trace i
x = y.1
trace o
drop z.1
trace i
x = y.1
drop z.i z.1
x = y.1
drop z.1 z.i
x = y.1
