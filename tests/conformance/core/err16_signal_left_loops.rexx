/* SIGNAL out of DO loops (a jump, then a SIGNAL ON SYNTAX trap): the loops it left still
   count in the indent of the traceback lines when a later SIGNAL finds no label */
n = 0
again:
n = n + 1
do i = 1 to 2
  if n < 3 then signal again
  leave
end
say 'passes' n
signal on syntax
do i = 1 to 2
  do j = 1 to 2
    x = 1 + 'a'
  end
end
syntax:
say 'trapped at line' sigl
do k = 1 to 2
  call sub k
end
exit
sub:
  do m = 1 to 2
    do p = 1 to 2
      signal out
    end
  end
out:
  say 'out of the loops in sub'
  signal nowhere
