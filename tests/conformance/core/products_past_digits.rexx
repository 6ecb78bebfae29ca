/* Products of whole numbers whose result passes NUMERIC DIGITS, in loops and alone */
numeric digits 5
do i = 99990 to 99999 by 3
  say i i * i i * -i (i * 12) * 10
end
do i = 31620 to 31625
  say i * i i * (i + 1)
end
numeric digits 3
s = 0
do i = 95 to 105 by 5
  p = i * 997
  s = s + p
  say i p
end
say s
numeric form engineering
do i = 98 to 102 by 2
  say i * 1001 i * -99999 i * i * i
end
numeric form scientific
numeric digits 9
count = 0
do i = 30000 to 30010
  do j = i * i to 1000000000 by i
    count = count + 1
  end
end
say count
do i = 31620 to 31625
  do j = i * i to i * i + 20000 by 9999
    say i j
  end
end
