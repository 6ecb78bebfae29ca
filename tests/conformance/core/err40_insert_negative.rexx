/* INSERT with a negative position */
say insert('x', 'abc', 1)
say insert('x', 'abc', -1)
