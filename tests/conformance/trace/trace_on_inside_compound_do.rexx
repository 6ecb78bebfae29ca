/* TRACE turned on inside a DO loop whose control variable is a compound with a variable
   tail: the loop is compiled for TRACE outside the trace mode */
a = 1
do q.a = 1 to 3
  if q.a = 2 then trace i
  say q.a
end
trace o
b = 'x'
do r.b.a = 5 to 1 by -2
  if r.b.a < 4 then trace r
  say r.b.a
end
