/* A program that does not parse: Regina's Error 64 names no line in its first line */
month. = 31;  month,2 = 0
say 'not reached'
