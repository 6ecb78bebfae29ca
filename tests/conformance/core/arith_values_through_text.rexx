/* Non-integer results passed on as text (arguments, PARSE, compounds) and used again in
   arithmetic and comparisons; squares beyond DIGITS; Nums compared in place */
do d = 5 to 40 by 35
  numeric digits d
  call show d
end
numeric digits 9
call show 9
numeric digits 20
call show 20
/* squares past DIGITS: rounding halves, 99..9 carries, the leading-zero rule */
numeric digits 5
list = 317 318 999 1000 3163 9999 5000 4999 7071 22361 31622 99999 -31623 -99999
do k = 1 to words(list)
  x = word(list, k)
  s = x**2
  say 'd5' x'**2 =' s '+1 =' s + 1 ' -1 =' s - 1 ' *1 =' s * 1 ' f=' f(s)
end
numeric digits 9
do x = 31622 to 31625; s = x**2; say x s s + 1 s - 1 (s + 1 = s) (s > 999999999); end
do x = 99999 to 100001; s = x**2; say x s s + 500 s + 5E+9 s + 49 s + 50; end
numeric form engineering
do x = 31622 to 31625; s = x**2; say x s s + 1 (s = 1E+9) f(s); end
say 123456**2 (-123456)**2 99999**2 + 1
numeric form scientific
numeric digits 40
a = 12345678901234567890**2; say a a + 1 a - a f(a)
/* comparisons of values held in numeric form with texts, under FUZZ */
numeric digits 9
x = 1 / 3; y = '0.333333333'; z = 0.3333333334
say (x = y) (x == y) (x < z) (x > z) (x = z) (y = x) (z > x)
numeric fuzz 1
say (x = z) (z = x) (x = 0.33333333) (0.33333333 = x) (x < 0.3333334) (x >= '0.3333333')
numeric fuzz 0
r = 2 / 3; t = r; parse value r with u
say (r = u) (u = r) (t == u) (r + 0 = u) (u * 3) (r * 3) (u + r) sign(r) sign(-r) abs(-r)
n = 0.5 - 0.5; m = -0.5 + 0.5; say n m (n = 0) (m = '-0') (n == 0) sign(n) (-r + r)
e = 1E+10 + 1; say e (e = 1E+10) (e = '1.00000000E+10') (e > 9999999999) e / 10 e * e
w = 1.5 - 3; say w (w < -1.4) (w = -1.50) (w == -1.5) w * w w ** 3 f(w) datatype(w, 'N')
h = 0.5; do 6; h = h / 2; say h (h > 0.01) f(h); end
exit

show: procedure
  parse arg digits
  x = 1 / 7
  y = x * 3
  z = y + 0.5 - x
  parse value x y z with px py pz
  say digits x y z
  say digits f(x) f(y) f(z) (x = px) (px < py) (pz > py) (y = 3 / 7)
  say digits px * 7 py + pz pz - px (px + py) / pz px // 0.01 py % 0.1
  q.1 = x; q.2 = z
  say digits q.1 + q.2 (q.1 < q.2) (q.2 = z) q.1 ** 2 sign(q.1 - x)
  return

f: procedure
  parse arg v
  return v * (v * (v - 3) + 2)
