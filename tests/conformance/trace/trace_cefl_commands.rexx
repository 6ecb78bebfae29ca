/* TRACE C, E, F and L with commands that succeed and fail */
trace c
'true'
'exit 3'
trace e
'true'
'exit 4'
trace f
'exit 5'
'nonexistent_command_xyz 2>/dev/null'
trace l
'exit 6'
start:
say 'done' rc
