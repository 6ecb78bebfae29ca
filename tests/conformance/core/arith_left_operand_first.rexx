/* Arithmetic converts its left operand before it evaluates the right one: a left operand that
   is no number is Error 41 before a function call on the right runs (Regina) */
v = 'abc'
call try "y = 'abc' + f()"
call try "y = v * f()"
call try "y = v || '' - f()"
call try "y = v ** f()"
call try "y = (v) // f()"
call try "y = -v + f()"
call try "say v + f() + 1"
call try "if v % f() > 1 then nop"
call try "y = f() + v"
call try "y = ' 1 ' + f(); say y"
call try "y = 1.5 * f(); say y"
n = ' 3 '
call try "y = n - f(); say y"
say 'in loops:'
do i = 1 to 2
  call try "y = v + f()"
end
do i = 1 to 2
  signal on syntax name loop1
  y = v * f()
end
loop1:
say 'Error' rc
do i = 1 to 2
  signal on syntax name loop2
  if 'abc' - f() > 0 then nop
end
loop2:
say 'Error' rc
say 'a long chain:'
chain = "y = v"
do 70
  chain = chain "+ f()"
end
call try chain
exit

try:
  signal on syntax name bad
  interpret arg(1)
  return
bad:
  say left(arg(1), 30) 'Error' rc
  return

f:
  say '  f called'
  return 1
