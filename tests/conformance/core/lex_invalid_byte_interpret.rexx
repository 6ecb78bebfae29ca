/* an INTERPRET string holding a byte that is not UTF-8: Error 13.1, traced from the INTERPRET */
say 'before'
interpret 'x = 1' || 'ff'x
say 'never'
