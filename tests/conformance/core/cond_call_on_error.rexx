/* CALL ON ERROR returns to the clause after the command */
call on error name oops
'exit 5'
say 'continued, rc' rc
'true'
say 'rc' rc
'exit 1'
say 'continued again'
call off error
'exit 9'
say 'not trapped, rc' rc
exit
oops:
  say 'oops: rc' rc 'line' sigl 'cond' condition('C') condition('I') '[' || condition('D') || ']'
  return
