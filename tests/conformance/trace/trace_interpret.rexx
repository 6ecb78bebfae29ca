/* TRACE I with INTERPRET */
trace i
code = 'v = 6 * 7'
interpret code
say v
interpret 'w = v + 1'
say w
