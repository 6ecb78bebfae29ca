/* DO loops the code generator makes as a while loop: non-integer BY/TO, negative steps,
   WHILE/UNTIL with a control variable, an exposed control variable, the variable changed
   or dropped in the body, NUMERIC DIGITS changed inside, LEAVE/ITERATE, SIGNAL out */
s = ''
do j = -1 to 1 by .25; s = s j; end
say 'by .25:' s 'after' j
s = ''
do j = 1 to 0 by -.3; s = s j; end
say 'by -.3:' s 'after' j
s = ''
do j = 10 to 1 by -3; s = s j; end
say 'by -3:' s 'after' j
s = ''
do j = 0.5 to 3; s = s j; end
say 'from .5:' s 'after' j
s = ''
do j = 1 to 2.5 by 0.5 for 3; s = s j; end
say 'for 3:' s 'after' j
s = ''
do j = 1 by 1.5 while j < 7; s = s j; end
say 'while:' s 'after' j
s = ''
do j = 3 by -1 until j <= 0; s = s j; end
say 'until:' s 'after' j
s = ''
n = 27
do k = 1 while n \== 1
  if n // 2 then n = n * 3 + 1
  else n = n % 2
end
say 'collatz 27 steps:' k
call exposed 5
say 'exposed' #c t
s = ''
do j = 1 by 1 while j < 20; s = s j; if j = 3 then j = 7.5; end
say 'changed:' s 'after' j
s = ''
do j = 1 to 10 by .5 until j > 3; s = s j; if j = 2 then j = 'x' || ''; if j == 'x' then j = 2.25; end
say 'changed to text:' s 'after' j
s = ''
do j = 1 to 4 by .5
  if j = 2 then iterate
  if j = 3.5 then leave
  s = s j
end
say 'leave/iterate:' s 'after' j
s = ''
do i = 1 to 2
  do j = .5 by .5 while j < 3
    if j = 1.5 then iterate i
    s = s i'.'j
  end
end
say 'iterate outer:' s
s = ''
do j = 99999990 to 100000010 by 5 while j > 0
  if j = 99999995 then numeric digits 5
  s = s j
  if words(s) > 6 then leave
end
say 'digits 5 inside:' s
numeric digits 9
s = ''
do j = 1 by .1 while j < 2
  s = s j
  if j > 1.35 then signal out
end
out:
say 'signal out:' s 'at' j
s = ''
do j = 1e2 to 1.05e2 by 1.5; s = s j; end
say 'exponent start:' s 'after' j
s = ''
do j = 1 to 3 by .5
  if j = 2 then drop j
  s = s j
  if s \== '' then nop
  if symbol('J') == 'LIT' then leave
end
say 'dropped:' s
do j = 1 by 'x' while j < 3; end
exit
exposed: procedure expose #c t
  parse arg lim
  t = ''
  do #c = 1 by .5 while #c < lim; t = t #c; end
  return
