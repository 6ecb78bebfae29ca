/* * and ** beyond NUMERIC DIGITS and their results used again (kept in numeric form) */
do i = 31620 to 31625
  j = i**2 + 1
  k = i * i * 3
  say i j k j - k (j * 2) // 7
end
say 2**100 1.5**3 0.5**-3 (-2)**31 1.0000001**2147483647 2**-2147483647
numeric digits 5
x = 1.2345
do n = 1 to 6
  x = x * 1.2345
  say n x x**2 x / 3 x % 0.7 x // 0.7
end
say 99999 * 99999 0.99999 * 0.99999 12345 * 0.00001 1E+20 * 1
numeric digits 30
f = 1
do n = 1 to 25
  f = f * n
end
say f f / 3 f % 7 f // 7 f ** 2
numeric digits 9
numeric form engineering
say 123456 * 123456 2**40 1 / 3000000 10**-7
