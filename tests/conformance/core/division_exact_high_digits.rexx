/* Exact quotients at a high NUMERIC DIGITS: the trailing zeros of the long division dropped */
numeric digits 2200
say (61 - 7*7) / 3
say 10 / 4
say 1e5 / 1
say 123456789 / 1000
say 1 / 3 = 0.333
say length(1 / 7)
say 2 ** 100 / 2 ** 98
say 12.5000 / 0.5
say -7.50 / 2.5
x = 100000000000000000000000000000000000000000000000000 / 8
say x
say x / 5e40
numeric digits 60
say 1 / 8
say 1000 / 0.001
say 1e-30 / 4
say 12345678901234567890123456789012345678901234567890 / 10
say 15 / 0.3 * 2
say 7 * 0.20 * 5
