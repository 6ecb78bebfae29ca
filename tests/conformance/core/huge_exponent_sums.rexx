/* Sums where one operand's exponent is huge: the small operand is far below the last digit
   that counts (no work in proportion to the exponent), in loops and alone. */
s = 1e99999999
do i = 1 to 5
  s = s + i
end
say s
t = -1e99999998
do i = 1 to 3
  t = t - i * 7
end
say t
say 1e99999999 + 1 1 + 1e-99999999 2 - 1e-99999999
numeric form engineering
u = 12e99999990
do i = 1 to 2
  u = u + i
end
say u
numeric form scientific
numeric digits 20
v = 123456789012345678901e999999
do i = 1 to 3
  v = v + 1000000
end
say v
