/* WORDINDEX needs a positive word number */
say wordindex('a b c', 2)
say wordindex('a b c', 0)
