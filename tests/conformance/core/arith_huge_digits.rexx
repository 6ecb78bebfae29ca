/* Division at a huge NUMERIC DIGITS: as many digits as the quotient has (here the output
   is shown by its length and ends, as Regina gives them) */
numeric digits 1000000
x = 1/3
say length(x) left(x, 12) right(x, 12)
y = 2/3
say length(y) left(y, 12) right(y, 12)
z = 1/7
say length(z) left(z, 12) right(z, 12)
say 10/4 7/700 1/1024 2**-10 ((1/3) * 3 = 1)
s = 1/3 + 1/3
say length(s) right(s, 12)
