/* RC is a normal variable: set by commands, usable, droppable */
say symbol('RC')
'exit 7'
say rc symbol('RC')
rc = 'mine'
say rc
'true'
say rc
drop rc
say rc
call sub
say 'rc after sub' rc
exit
sub: procedure
  'exit 9'
  say 'in sub rc' rc
  return
