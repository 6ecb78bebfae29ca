/* TRACE I: a TO / BY literal shown as a number at DIGITS; a literal operand of arithmetic too */
trace i
numeric digits 4
n = 30000
do i = 1 to n by 20000
end
do i = 1 to 30000+0 by ' 20000 '
end
do i = 12345 to -30000 by -1e4
end
do i = 1 to '3e4' by 1.50E+4
end
do i = 1.50 to 2 for 1.0
end
do i = 12345 to 12346
  leave
end
do 1.0
end
do 1234567 while i < 0
end
do i = 1 to 30000 by 11995 for 123456
  say i
end
y = 123456 + 0; y = 1234567 * 1; y = 12345.678 + 0; y = 1.50E+3 + 0
y = 0.000001234567 + 0; y = '1.5e+0' - 0; y = -123456; y = + ' 1.0 '
y = ' 1 ' + 0; y = 1e2 * 1; y = 1.50 + 0; y = 1.50 = 1; y = n - 1
