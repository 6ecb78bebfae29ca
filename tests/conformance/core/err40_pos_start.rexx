/* POS with a start of zero */
say pos('a', 'banana', 3)
say pos('a', 'banana', 0)
