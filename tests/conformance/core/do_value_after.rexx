/* The control variable after the loop, and changed in the body */
do i = 1 to 5
end
say 'after to 5:' i
do i = 1 to 10 by 3
end
say 'after by 3:' i
do i = 1 for 3
end
say 'after for 3:' i
do i = 1 to 10
  if i = 4 then leave
end
say 'after leave:' i
do i = 1 to 10
  i = i + 2
  say 'body' i
end
say 'after changing in body:' i
do j = 1 to 3
  j = j * 2
  say 'j' j
end
say 'j' j
