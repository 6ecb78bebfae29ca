/* The clause text in trace lines: Regina stops at a ";" or after a ":" in a trailing
   comment (quotes in it respected, and one left open runs on past the clause) */
trace r
x = 1   /* one; two */
y = 2   /* label: here */
z = 3   /* then else otherwise */
w = 4   /* a 'quote; inside' here */
v = 5   /* nested /* c; d */ e */
if x then u = 6  /* if x; y */
say 'a;b' /* tail; end */
t = 7 /* don't do; it */
s = 8 /* it's */; r = 9 /* a; b */
q = 10 /* x: y; z */
call sub 1
exit
sub:   procedure;  parse arg n;  m = n + 1   /*the argument; plus one.*/
  if n then return m   /*if  N  is set,  then:   return */
