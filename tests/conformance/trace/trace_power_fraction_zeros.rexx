/* TRACE I: the result of ** is shown before its fraction's trailing zeros are dropped
   (1.0**3 is traced as 1.000 and used as 1), as many digits as the exact power has, at most
   DIGITS; a negative power shows its result as it is */
trace i
say 1.0**3 1.10**2 2.50**1 2.0 ** 2.0 10 ** 2 0.5 ** 2 1.0 ** 0 2 ** -2 1E3 ** 2
numeric digits 3
say 100 ** 2 1.10 ** 3 9.99 ** 2 0.100 ** 2
numeric digits 5
b = -2 / 7
say b**2 (b / 1e4)**2
numeric form engineering
say (0.00028571) ** 2 (-2/7e4) ** 2
