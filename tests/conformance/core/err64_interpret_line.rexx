/* A syntax error in an INTERPRET string: the line is counted on from the INTERPRET */
say 'start'

interpret 'say 1' || '0a'x || 'say 1 +'
