/* TRACE I of a normal comparison: a variable whose value is no number, compared with an
   operand that is no literal string, shows twice (Regina looks it up as a number first);
   a compound shows its tail and derived name twice and its value once; a number, a
   strict comparison or a literal string beside it shows once */
a = 'xy'; b = 'x'; c = 'y'; n = 5; i = 1; m.1 = 'q'; d = ' 2 '
trace i
x = a = b
x = a = b'y'
x = a > n + 1
x = n = a
x = d < b
x = a = 'xy'
x = 'x' = a
x = a == b
x = a = (b)
x = z = c
x = m.i = c
x = m.k = c
if a \= c then nop
x = m.1 = c
trace o
