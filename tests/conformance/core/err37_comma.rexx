/* Unexpected comma */
say 'start'
x = (1, 2)
