/* An unmatched parenthesis inside INTERPRET */
x = 2
interpret 'say (x + 1'
