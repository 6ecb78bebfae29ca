/* A literal used as a logical value shows no line of its own under TRACE I (Regina converts
   it when it reads the program): IF, WHEN, WHILE and UNTIL conditions, operands of \ & | && */
trace i
if '1' then nop
if 0 then nop
do until "1"
  say 'once'
end
do i = 1 to 2 until '0'
end
do while '0'
end
n = 0
do while ' 1 '
  n = n + 1
  if n > 1 then leave
end
select
  when '0' then nop
  when 1 then say 'when'
end
say \'1' ('1' & 1) (0 | '0') ('1' && 1)
signal on syntax
say 'abc' & f()
exit
syntax:
trace o
say 'Error' rc 'on line' sigl
trace i
signal on syntax name two
say f() | ''
two:
trace o
say 'Error' rc 'on line' sigl
exit
f:
  return 1
