/* SIGNAL ON ERROR for commands with a nonzero return code */
signal on error
'exit 2'
say 'not reached'
exit
error:
  say 'ERROR trapped, rc' rc 'line' sigl
  say condition('C') condition('I') condition('S')
  say 'command was [' || condition('D') || ']'
  exit
