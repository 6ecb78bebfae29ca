/* FORMAT with a bad number */
say format(1.5, 3)
say format('x', 3)
