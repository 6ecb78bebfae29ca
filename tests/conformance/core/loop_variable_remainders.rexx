/* % and // of a loop's control variable by one-digit divisors (and longer ones), any sign */
line = ''
do i = -23 to 23 by 5
  line = line i':'i % 7 i // 7 (i // 9) + 1 (i % 4) * 3 i // 1 i % 1 i // 40 i % 40 (i // 7 = 0)
end
say line
numeric digits 1
line = ''
do i = -9 to 9 by 2
  line = line i':'i % 3 i // 7 (i // 9) + 9 i // 10 i % 10 (i // 3 < 1)
end
say line
numeric digits 9
n = 0
do i = 999999990 to 999999998
  n = n + i // 9 + i % 9 + (i // 8) * (i % 8)
end
say n
do i = 1 to 3
  say i // 0
end
