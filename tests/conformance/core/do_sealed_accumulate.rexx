/* an accumulation beyond DIGITS in a loop over a range, and its neighbours */
numeric digits 5
s = 0
do i = 1 to 1000
  s = s + i
end
say 'sum' s i
s = 0
do i = 1 to 1000 by 7
  s = s + i
  t = i * 3
end
say 'sum by 7' s t i
numeric digits 9
s = 0
do i = 99999990 to 99999999
  s = s + i
end
say 'near digits' s i
s = 0
do i = 1 to 10
  s = s - i
end
say 'down' s i
signal on syntax
s = 0
do i = 1 to 10
  s = s + i
  if i = 5 then s = 'x'
end
exit
syntax:
  say 'syntax' rc 'at line' sigl 'i =' i 's =' s
