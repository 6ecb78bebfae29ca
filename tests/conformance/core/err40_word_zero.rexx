/* WORD needs a positive word number */
say word('a b c', 1)
say word('a b c', 0)
