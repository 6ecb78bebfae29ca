/* A command that does not exist, under ADDRESS COMMAND: a FAILURE */
call on error
call on failure
address command 'no_such_command_conformance_xyz'
say 'rc' rc
exit
error:   say 'ERROR raised, rc' rc; return
failure: say 'FAILURE raised, rc' rc 'desc [' || condition('D') || ']'; return
