/* TRACE F shows only commands that fail */
trace f
'exit 4'
say 'rc' rc
address command 'no_such_command_conformance_xyz'
say 'rc' rc
