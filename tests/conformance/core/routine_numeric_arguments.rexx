/* Internal routines get computed numbers as arguments: ARG(), PARSE ARG, ARG and
   PARSE UPPER/LOWER ARG all see the number's text as made under the caller's NUMERIC
   settings, whatever the routine's own settings are; tracing shows the same strings. */
numeric digits 12
call show 1+2, 7/2, 10**3, 2**40, 1e3, '007', -5*1, 1.50*2, , 'x'
say f(3/4) f(12) g(2.5*2) f(1e3+0)
x = h(1/3); say x
call u 1.5e+3*2, 'abc'
numeric digits 5
call dig 123456*1
numeric form engineering
call dig 123456*1
numeric form scientific
call s 2*3, 1/4
say t(5*5)
say words(w(1+1, 2+2)) w(0.5+0.5)
exit
show: do i = 1 to arg(); say i arg(i) arg(i,'E') arg(i,'O') datatype(arg(i)); end
  parse arg a, b; say a b; return
f: parse arg v; return v || '!'
g: arg v; return v + 1
h: procedure; parse arg n; numeric digits 5; return n * 1
u: parse lower arg p, q; arg r; parse upper arg s; say p q r s; return
dig: parse arg k; numeric digits 9; numeric form scientific; say k k+0 length(k); return
s: trace r; parse arg a, b; say a b; trace off; return
t: trace i; arg z; y = arg(1); return z y
w: parse arg one two, three; return one'|'two'|'three'|'arg(2)
