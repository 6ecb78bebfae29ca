/* numbers past 4,300 digits (Python's int-to-text limit): Regina has no such limit */
numeric digits 5000
x = 2**15000
say length(x) left(x, 20) right(x, 10)
numeric digits 9000
y = 3**12000
say length(y) left(y, 20) right(y, 10)
z = y + 1
say right(z, 5) length(y * y) (y // 7) (y % 3 = 3**11999)
say length(copies(9, 6000) + 1) length(d2x(copies(7, 1000))) right(d2x(2**100), 8)
say right(format(y, , , , 0), 12) datatype(y, 'W') (y > x) (y - y) left(y / 7, 12)
f = 1; do i = 1 to 1700; f = f * i; end; say length(f) right(f, 5) left(f, 10)
say length(d2x(y)) right(d2x(y), 8) c2x(d2c(-y, 4)) d2x(-x, 6) d2x(y, 3)
say length(x2d(copies('f', 4000))) length(c2d(copies('ff'x, 2000)))
