/* An invalid character in the program */
say 'start'
x = 1 ` 2
