/* loop bodies that do change the control variable or replace a stem: every pass sees it */
do i = 1 to 10
  if i = 3 then i = 7
  say 'assigned' i
end
do i = 1 to 6
  x = value('I', i + 1)
  say 'value' i x
end
do i = 1 to 6
  call bump
  say 'call' i
end
do i = 1 to 6
  interpret 'i = i + 2'
  say 'interpret' i
end
do i = 1 to 6
  parse value i + 1 with i
  say 'parse' i
end
do i = 1 to 4
  drop i
  i = 4
  say 'drop' i
end
a. = 0
do i = 1 to 3
  a.i = i
  if i = 2 then a. = 'x'
  say 'stem' a.1 a.2 a.3
end
do i = 1 to 3
  b.i = i
  if i = 2 then drop b.
  say 'dropped stem' b.1 b.2 b.3
end
do i = 1 to 3
  c.i = i * 10
  say 'signal' i c.i
  if i = 2 then signal out
end
out:
say 'after signal' i c.1 c.2 c.3 sigl
numeric digits 5
do i = 99990 to 99999
  if i = 99993 then numeric digits 3
end
say 'digits' i
exit

bump:
  i = i + 1
  return
