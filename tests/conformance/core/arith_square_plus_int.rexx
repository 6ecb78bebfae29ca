/* x**2 past DIGITS, then + a small int: rounded away, rounded up, a carry, other forms */
do d = 5 to 9 by 4
  numeric digits d
  do x = 316 to 100000 by 14321
    s = x**2
    say d x s s + 1 s + 4 s + 5 s + 49 s + 50 s + 500 s + 5000 (-x)**2 + 1 s - 1
  end
  y = 99999; s = y**2
  say s s + 1 s + 50000 s + 100000 (s + 1) * 1
  numeric form engineering
  y = 31623; s = y**2
  say s s + 1 s + 5 s + 50000
  numeric form scientific
  t = s + 1
  say t t + 1
end
numeric digits 9
j = 0
do i = 31620 to 31625
  j = i**2 + 1
  say i j
end
y = 99999; z = 999999999; say y**2 + 1 z**2 + 1 (-z)**2 + 4
