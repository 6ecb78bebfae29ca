/* A hexadecimal constant with a misplaced blank */
x = ' 41'x
