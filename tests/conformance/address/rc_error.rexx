/* RC and the ERROR condition for commands that fail */
call on error name onerror
'exit 1'
say 'after exit 1, rc' rc
address command 'false'
say 'after false, rc' rc
'true'
say 'after true, rc' rc
signal on error
address system 'exit 42'
say 'not reached'
exit
onerror:
  say 'CALL ON ERROR: rc' rc 'line' sigl 'command [' || condition('D') || ']'
  return
error:
  say 'SIGNAL ON ERROR: rc' rc 'line' sigl
  exit 0
