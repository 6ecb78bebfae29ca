/* SUBWORD with a negative length */
say subword('a b c', 2, 1)
say subword('a b c', 2, -1)
