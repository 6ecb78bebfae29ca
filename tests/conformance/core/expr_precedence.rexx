/* Full precedence */
say 1 + 2 * 3
say (1 + 2) * 3
say 2 * 3 ** 2
say -3 ** 2
say 10 - 4 - 3
say 100 / 10 / 5
say 2 ** 2 ** 3
say 1 + 2 || 3
say 1 + 2 3 + 4
say 'a' || 'b' = 'ab'
say 1 < 2 = 1
say 1 + 1 = 2 & 3 > 2
say 1 | 0 & 0
say 3 > 2 > 1
say 2 + 3 * 4 ** 2 / 8 // 5
say \1 = 0
say -2 + 3
say 6 / 2 * 3
say 7 % 2 * 2 + 7 // 2
