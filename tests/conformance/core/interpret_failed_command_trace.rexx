/* a failed command in an INTERPRET string is traced as the INTERPRET clause (trip test lexical.rexx) */
interpret "'exit 2'; call sub"
interpret 'interpret "''exit 4''"'
interpret "signal lab"
exit
lab:
'exit 5'
exit
sub:
'exit 3'
return
