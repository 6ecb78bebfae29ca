/* A continuation comma then a comment, with no line end after it: an empty clause */
say 1; , /* comment */