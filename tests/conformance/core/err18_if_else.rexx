/* ELSE where THEN is expected: Error 18.1 (trip test lexical.rexx) */
x = 0
if x
else say 'no'
