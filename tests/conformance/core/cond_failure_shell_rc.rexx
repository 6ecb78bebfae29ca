/* Under ADDRESS SYSTEM the shell reports a missing command as RC 127: an ERROR */
signal on failure
call on error
'nonexistent_command_xyz_123 2>/dev/null'
say 'back from the ERROR handler, rc' rc
exit
error:
  say 'ERROR handler, rc' rc
  return
failure:
  say 'FAILURE handler'
  exit
