/* MAX, MIN and SIGN of arithmetic results (fractions, numbers beyond DIGITS, whole numbers),
   of texts and of mixtures, inside loops and not: the value no other beats, with all its
   digits, the first of equal ones, and Regina's errors */
x = 0; y = 0
do k = 1 to 6
  xx = .85 * x + .04 * y; yy = -.04 * x + .85 * y + 1.6
  x = xx; y = yy
  if k == 1 then do; lo = x; hi = x; end
  lo = min(lo, x, y); hi = max(hi, x, y)
  say k x y lo hi sign(x) sign(-y) sign(x - x)
end
say max(1, 1.0, 1.00) min(1.00, 1.0, 1) max('1.0', 1) min(' 2 ', 3) max(2, ' 2 ')
say max(-0.5, -0.50) min(0, -0) max(1e3, 999.9) min(1e-7, 0.0000001) max(12345678901, 1)
say max(3) min(-3) max(1.5, 2) min(2, 1.5) max(0.1 + 0.2, 0.3) min(1/3, 0.333333333)
n = 10 ** 12; m = n + 1
say max(n, m) min(n, m) max(m, n) sign(n) sign(-n) sign(n - n)
a = 1 / 3; b = 2 / 3
say max(a, b) min(a, b) max(a, b, a + b) sign(a - b) sign(b - a) sign(a * 0)
w = format(1.5, , 2); v = format(2e3, , , , 0)
say max(w, 1) min(w, 2) max(v, 1) min(v, 3e3) sign(w) max(w + 0, 1)
numeric form engineering
c = 12345678901 * 3
say max(c, 1) min(c, 1) max(a, c)
numeric form scientific
say max(c, 1) min(c, -c)
numeric digits 5
say max(a, b) min(a, b) max(1.234567, 1.234566) min(1.234567, 1.234566) max(123456, 1)
numeric digits 9
s = 0
do i = -3 to 3 by 1.5
  s = s + sign(i) + max(i, 0) + min(i, 0)
  say i sign(i) max(i, 0) min(i, 0) max(i, -i) s
end
do i = 1 to 3
  say max(i, 2) min(i, 2) max(i, 2.5) min(i * 1.5, 3) sign(i - 2)
end
signal on syntax
say max(1, 'a')
e1: signal on syntax
say min()
e2: signal on syntax
say max(1, , 2)
e3: signal on syntax
say sign('x')
e4: signal on syntax
say sign(1e999999999)
exit
syntax:
say 'Error' rc'.'condition('E') errortext(rc) '-' condition('D') 'line' sigl
select
  when sigl < 39 then signal e1
  when sigl < 41 then signal e2
  when sigl < 43 then signal e3
  when sigl < 45 then signal e4
  otherwise exit
end
