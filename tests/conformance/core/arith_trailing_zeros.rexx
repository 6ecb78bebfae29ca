/* Trailing zeros are kept by + - * and removed by / */
say 1.50 + 1.50
say 1.0 * 1.0
say 2.40 / 2
say 2.40 * 1
say 1.000 + 0
say 5.00 - 5
say 1.20 * 3
say 3.00 / 1
say 0.10 + 0.20
say 12.00 % 1
