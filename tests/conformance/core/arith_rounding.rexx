/* Rounding to NUMERIC DIGITS, half up */
numeric digits 5
say 1.23455 + 0
say 1.23454 + 0
say 1.23445 + 0
say 9.99995 + 0
say -1.23455 + 0
say 123455 + 0
say 123454 + 0
say 0.000123455 + 0
say 2.5 + 0
say 1/6
numeric digits 1
say 5 + 4 5 + 5 0.15 + 0
