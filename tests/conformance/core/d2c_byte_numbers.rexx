/* D2C of a byte number, with and without a length, at DIGITS 9 and 2 */
do i = 0 to 300
  a = d2c(i); b = d2c(i, 1); c = d2c(i, 2)
  say i c2x(a) c2x(b) c2x(c) length(a)
end
say c2x(d2c('007')) c2x(d2c(' 65 '))
numeric digits 2
say c2x(d2c(99))
say c2x(d2c(100))
