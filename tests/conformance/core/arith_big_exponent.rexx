/* Exponent notation in results */
say 1e9 * 1
say 1e9 * 10
say 123456789e3 + 0
say 99999999.9 * 10
say 10 ** 9
say 10 ** 10
say -10 ** 10
say 2 ** 30
say 2 ** 40
say 1.2345678e5 * 1
say 1.23456789e-5 * 1
say 1234.5e-3 * 1
numeric digits 12
say 10 ** 10
say 2 ** 40
