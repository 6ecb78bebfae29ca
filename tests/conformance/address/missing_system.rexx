/* A command that does not exist, under ADDRESS SYSTEM: the shell says RC 127 */
call on error
call on failure
address system 'no_such_command_conformance_xyz 2>/dev/null'
say 'rc' rc
exit
error:   say 'ERROR raised, rc' rc; return
failure: say 'FAILURE raised, rc' rc; return
