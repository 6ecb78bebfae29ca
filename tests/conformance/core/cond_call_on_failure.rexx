/* CALL ON FAILURE and CALL ON ERROR together */
call on failure name f
call on error name e
address command 'nonexistent_command_xyz_123'
say 'after failure, rc' rc
'exit 3'
say 'after error, rc' rc
exit
f: say 'FAILURE handler rc' rc condition('C'); return
e: say 'ERROR handler rc' rc condition('C'); return
