/* Prefix operators \ - + */
say -5 (+5) (- 5)
say \0 \1 \\1
say -(-3)
x = 4
say -x (+x)
say --x
say -2**2
say (-2)**2
say - 2 ** 2
say \ 0
say +'  7  '
say -'1.50'
say + 1.0
say -0
say 3 -x
say 3 (-x)
say 1 - -1
say 2 * -3
