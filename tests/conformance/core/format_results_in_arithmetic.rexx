/* FORMAT's result used again as a number: kept with its numeric parts, never scanned twice;
   its text, length and strict comparisons are exactly what FORMAT wrote */
numeric digits 84
a.1 = format(290142196707511001929482240000000000000,,,,0)
say a.1 a.1 + a.1 a.1 * 5 (a.1 < 3e38) (a.1 == '2.9014219670751100192948224E+38') length(a.1)
numeric digits 9
x = format(12.345, 5, 1)
say '[' || x || ']' x + 1 x * 2 length(x) (x = 12.3) (x == '   12.3') x || '!'
y = format(1234567, , , , 0)
say y y + 0 y + 1 y - 1234567 y * 1 y / 7 y // 10 y % 10
z = format(0.000012345, , 3, , 2)
say z z + z z * 1000 (z > 0)
e = format(-1.5e10, , 2, 3)
say e e + 1 (-e) abs(e) sign(e) trunc(e)
numeric form engineering
g = format(123456789012, , , , 3)
say g g + 0 g + 1 g * 1
numeric form scientific
say g + 0
s = format(7)
say s s + 1
p = format(3, , , 3, 0)
say '[' || p || ']' p + 1 '[' || p || 'x]'
do i = 1 to 3
  b.i = format(i * 100000000, , , , 0)
end
s = 0
do i = 1 to 3
  say b.i b.i + b.i b.i // 7 b.i % 3 (b.i > b.1)
  s = s + b.i
end
say s
t = format(2.5, , 0)
say t t + 1
numeric digits 5
say y + 0 y + 1 (y = 1234567) (y = 1234600)
k = format(99999.5)
say k k + 0
say format(1e100,,,,0) + 1
numeric digits 9
w = format(-0.0001, 2, 2)
say '[' || w || ']' w + 0 (w = 0)
parse value format(1.5e3,,,,0) with v
say v v + 1
