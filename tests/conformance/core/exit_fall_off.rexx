/* Running off the end of the program */
say 'only line'
x = 5
