/* An unmatched double quote */
x = 1
say "abc
