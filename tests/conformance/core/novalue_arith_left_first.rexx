/* An unset variable on the right of arithmetic, NOVALUE trapped, and a left operand that
   is no number: Regina converts the left operand first, so Error 41 comes before NOVALUE
   (in a run of clauses, in a loop, in a routine with exposed names, and traced) */
a = 'abc'
do k = 1 to 7
  call try k
end
exit

try:
  signal on syntax
  signal on novalue
  select
    when arg(1) = 1 then x = a + y
    when arg(1) = 2 then say a * y
    when arg(1) = 3 then x = (a) // y + 1
    when arg(1) = 4 then call exposed
    when arg(1) = 5 then do; trace r; x = a - y; end
    when arg(1) = 6 then x = 7 + y
    otherwise do i = 1 to 2; x = a ** y; end
  end
  return
exposed: procedure expose a y k
  say a / y
  return
syntax:
  trace o
  say k 'syntax' rc errortext(rc) sigl
  return
novalue:
  trace o
  say k 'novalue' condition('D') sigl
  return
