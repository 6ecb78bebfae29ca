/* Very small and very large numbers and when exponents appear */
say 0.000001 * 1
say 0.0000001 * 1
say 0.00000001 * 1
say 1e-10 + 0
say 1.5e-9 + 1
say 123456789 * 10
say 123456789 * 100
say 1e100 * 1e100
say 1e-100 / 1e100
say 0.1 ** 10
say 1 / 1000000
say 1 / 10000000
say 1E+999999999 * 1
