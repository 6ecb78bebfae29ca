/* errors inside DO loops the code generator makes as a while loop: a WHILE that is not 0/1,
   the control variable dropped before the step, a non-number BY, caught by SIGNAL ON SYNTAX */
signal on syntax name bad_while
do j = .5 by .5 while j
  say 'while pass' j
end
bad_while:
say 'caught' rc 'at line' sigl 'j='j
signal on syntax name dropped
do j = 1 to 3 by .5
  say 'dropped pass' j
  if j = 2 then drop j
end
dropped:
say 'caught' rc 'at line' sigl
signal on syntax name by_text
k = 'x'
do j = 1.5 by k to 3
  say 'never' j
end
by_text:
say 'caught' rc 'at line' sigl
signal on novalue name unset
do j = 1 by .5 until z > 2
  say 'until pass' j
end
unset:
say 'novalue at line' sigl condition('D')
do i = 1 to 2
  do j = 1 by .25 while j < 2
    if j = 1.5 then j = 'abc'
  end
end
