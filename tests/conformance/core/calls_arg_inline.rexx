/* ARG() and ARG(n) in routines: omitted arguments, trailing omitted, beyond the count */
say f()
say f(1)
say f(1,,3)
say f(,2)
say f(1,,)
call g 'a b', , 'c'
call g
numeric digits 1
say f(1,2,3,4,5,6,7,8,9,10,11,12)
numeric digits 9
do i = 1 to 3
  say i h(i, i*2)
end
say 'ARG'(1)
exit
f: return arg() '['arg(1)']' '['arg(2)']' '['arg(3)']' arg(2,'E') arg(3,'O')
g: procedure
  say 'g' arg() '['arg(1)']' '['arg(2)']' '['arg(3)']' '['arg(4)']' '['arg(0001)']'
  return
h: return arg(1) + arg(2) arg(2)arg(1)
