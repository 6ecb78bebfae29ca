/* TRACE I: a dropped variable is shown as >V> with its name by a reference that never found it
   set, and as >L> by one that did (a clause run before, a DO loop stepping its dropped control
   variable, also when NOVALUE is trapped) */
trace i
signal on syntax name s1
do j = 1 to 3
  if j = 2 then drop j
  say j
end
s1:
signal on syntax name s2
do k = 1 to 3
  if k = 2 then do; drop k; say k; end
end
s2:
say k
x = 1
drop x
say x
call loop_novalue
exit
loop_novalue: procedure
  signal on novalue
  do n = 1 to 3 by 1
    if n = 2 then drop n
  end
  return
novalue:
  say 'novalue' condition('D') 'line' sigl
  return
