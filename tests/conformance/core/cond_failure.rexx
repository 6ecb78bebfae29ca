/* FAILURE: a command that cannot be run under ADDRESS COMMAND */
signal on failure
address command 'nonexistent_command_xyz_123'
say 'not reached'
exit
failure:
  say 'FAILURE trapped, rc' rc 'line' sigl
  say condition('C') condition('I') '[' || condition('D') || ']'
  exit
