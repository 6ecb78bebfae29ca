/* DELSTR with a start of zero */
say delstr('abcdef', 2, 2)
say delstr('abcdef', 0)
