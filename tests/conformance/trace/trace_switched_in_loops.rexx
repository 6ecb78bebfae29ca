/* TRACE switched on and off around and inside loops: a loop run untraced, then traced */
trace off
s = 0
do i = 1 to 5
  s = s + i
end
say 'sum' s
do i = 1 to 4
  if i = 3 then trace i
  s = s - i
end
trace off
do j = 1 to 3
  if j = 2 then old = trace('I')
  s = s * 2
end
trace n
do k = 1 to 2
  if k = 2 then interpret 'trace a'
  s = s + k
end
trace off
call routine 2
trace r
call routine 1
say s
exit
routine: procedure
  arg n
  t = 0
  do m = 1 to n
    t = t + m
  end
  return t
