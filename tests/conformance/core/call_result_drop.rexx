/* RESULT is dropped after a routine returns no value */
call a
say result
call b
say result
say symbol('RESULT')
call a
say symbol('RESULT')
exit
a: return 'from a'
b: return
