/* TRACE I of the UPPER instruction: the (compound) name and the new value */
trace i
a='x'; b.1 = 'y'; i = 1
upper a b.i
say a b.1
