/* RETURN of arithmetic results (fractions, whole numbers, numbers beyond the caller's DIGITS,
   another NUMERIC DIGITS or FORM in the routine): the caller sees exactly the text the
   routine made, in arithmetic, comparisons, SIGN/MAX, concatenation, RESULT and loops */
z = f(.5); say z sign(z) (z = .375) (z == '0.375') length(z) z || '!' z + 1
s = 0
do j = -1 to 1 by .25
  z = f(j); s = s + z
  say j z sign(z) max(z, 0) min(z, j) (z > 0) s
end
say g(12) g(12) + 1 length(g(12)) (g(12) == '1.23456789012E+11') g(12) * 2
say h(3) h(3) + 0 (h(3) = 1/3) length(h(3))
say e(5) e(5) + 0 e(5) * 1
call f 2.5; say result result * 2 (result == '4.375')
call w 7; say result result + 1 datatype(result, 'W') (result == 49)
numeric digits 5
say g(12) g(12) + 0 h(3) h(3) + 0 f(1.23)
numeric digits 9
say big() big() + 0 (big() = 12345678901234)
say p() p() + 1
say big() // 7
exit

f: procedure; parse arg x; return x * (x * (x - 3) + 2)
g: procedure; numeric digits 12; return 123456789012 * 1 - arg(1) + arg(1)
h: procedure; numeric digits 20; return 1 / arg(1)
e: procedure; numeric form engineering; return 12345678901 * arg(1)
w: return arg(1) ** 2
big: procedure; numeric digits 20; return 12345678900000 + 1234
p: return 0.1 + 0.2
