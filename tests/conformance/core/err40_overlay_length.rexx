/* OVERLAY with a negative length */
say overlay('x', 'abc', 2)
say overlay('x', 'abc', 2, -1)
