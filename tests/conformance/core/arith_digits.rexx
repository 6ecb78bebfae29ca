/* NUMERIC DIGITS changes precision */
numeric digits 5
say 1/3 2/3 12345 + 1 123456 + 0 123456 * 1
say 1.23456 + 0
say 99999 + 1
numeric digits 20
say 1/3
say 2**64
say 1e9+1
numeric digits 50
say 1/7
numeric digits 3
say 1000 + 0 999 + 1 0.001234 + 0
numeric digits
say digits() 1/3
x = 12
numeric digits x
say digits() 2/3
numeric digits x + 3
say digits() 2/3
