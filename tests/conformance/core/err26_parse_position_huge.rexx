/* a positional pattern past a C int is Error 26.4 (trip test lexical.rexx) */
x = 'abc'
parse value x with . +2147483647 y
say '['y']'
parse value x with . +9999999999 y
