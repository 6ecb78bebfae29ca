/* TRACE R shows a variable until its reference has found it (evaluations while tracing was off
   count; an unset variable is shown each time; a new PROCEDURE makes it new; compounds always) */
x = 5
do i = 1 to 4
  if i = 3 then trace r
  y = x + i
end
trace o
say 'part2'
do i = 1 to 3
  z = x
  if i = 2 then trace r
end
k = 3
do 2; y = k; k = 3; end
say '--'
do 2; y = k; k = k; end
say '--'
do 2; y = k; drop k; k = 3; end
say '--'
do 2; y = k; zz = 4; end
say '--'
do 2; y = k; end
say '-- f'
do 2; y = k; q = f1(); end
say '-- c'
do 2; y = k; call f1; end
trace r
do i = 1 to 2; v = a.i; a.i = i; v = a.i; end
do 2; y = w; end
do 2; y = x; call p1; end
trace o
do 2; y = x; end
trace r
do 2; y = x + zz; end
interpret 'r = x'; interpret 'r = x'
exit
f1: procedure; return 1
p1: procedure; t = 1; t = t + 1; return
