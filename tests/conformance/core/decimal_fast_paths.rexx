/* Non-integer arithmetic at NUMERIC DIGITS 3, 9 and 20 as the fast paths of session 15 work
   it: products longer than DIGITS rounded twice when they have a leading zero, sums whose
   digits span DIGITS or DIGITS+1 (carries, cancellations), fractions passed as text (PARSE
   ARG), division by a fraction, comparisons with FUZZ, MIN and MAX, FORM ENGINEERING. */
numeric digits 3
say .1001 * .45  1.001 * 45  .1003 * .15  (-1.005 * .49)  9.995 * .1  .9999 * .9999
x = .1001; y = .45; say x * y  (x * 10) * (y * 10)  x * -y
numeric digits 9
a = 1.23456789; b = -0.00123457; c = 0.000000005
say a + b  a - b  a + c  a - a  a + 8.76543211  a - 1.23456788  (-a + 1.234567885)
say 9.99999999 + 0.000000005  9.99999999 + 0.00000001  0.999999999 + 0.0000000005
say 12345.6789 + 0.00005  12345.6789 - 12345.678  99999.9999 + 0.0001
say a * b  a * a  b * b  a * 3.14159265  (a * 1E+5) * (b * 1E-3)
say a / b  a / 3  1 / a  b / -7  a / 1
call show 1.5, .25
call show -4.9999, 2.0001
call show 0.1234567891, 3
say 'compare' (a > b) (a = 1.23456789) (a = 1.234567890) (a < 1.2345679) (b < 0) (0 > b)
numeric fuzz 2
say 'fuzz' (a = 1.23456788) (a = 1.2345) (a > 1.234568) (a >= 1.2345601) (b = -0.00123)
numeric fuzz 0
say 'max' max(a, b, 1.2345678900) min(a, b, -0.001234570) max(b, -0.00123457) min(a, 1.23456789)
say 'max2' max(1.5, 1.50) min(-0, 0.0, b) max(a * 2, a + a, 2.46913578)
numeric form engineering
say a * 1E+5 * b  a / 1E+8  b * b * b  12345.6789 * 1000  (a - 1.2345678) * 1E-3
numeric form scientific
numeric digits 20
p = 3.1415926535897932385; q = 2.7182818284590452354
say p * q  p + q  p - q  p / q  p * p - q * q  (p + q) * (p - q)
say p + 0.000000000000000000005  p * 1.0000000000000000001  q / 1.0000000000000000001
say 'compare20' (p > q) (p * q = 8.5397342226735670655) (p * q < 8.5397342226735670654)
exit

show: procedure
  parse arg x, y
  say 'show' x + y  x - y  x * y  x * (x * (x - 3) + 2)  x / y  y - x  (x > y) (x = y)
  return
