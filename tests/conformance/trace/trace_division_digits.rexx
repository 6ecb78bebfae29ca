/* TRACE I of '/': Regina works out DIGITS + 1 digits of the quotient, drops their trailing
   zeros and, when more than DIGITS are left, traces the quotient rounded to DIGITS with all
   its digits (its value then drops the trailing zeros); other quotients as they are */
trace i
numeric digits 10
x = 100/99
numeric digits 4
x = 19.999/2
x = 1000/99
x = -100/99
x = 0.0001/99
x = 1/99E-9
x = 10/4
x = 7/0.7
x = 10001/10000
x = 100001/100000
x = 20000/19999
x = 1/3E+999999
numeric digits 30
x = 1000000000000/999999999999
x = 12345/123456789
say x 100/99 19.999/2
