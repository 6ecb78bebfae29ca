/* a bare IF ending the program: Error 14 (trip test lexical.rexx) */
say 'start'
if
