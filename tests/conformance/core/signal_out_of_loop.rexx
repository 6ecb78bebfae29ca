/* SIGNAL ends active loops and SELECT */
do i = 1 to 10
  do j = 1 to 10
    if i * j = 6 then signal out
  end
end
out:
say 'out at' i j
count = 0
again:
count = count + 1
if count < 3 then signal again
say 'count' count
call sub
say 'after sub'
exit
sub:
  do forever
    signal subend
  end
subend:
  say 'signalled out of loop in sub'
  return
