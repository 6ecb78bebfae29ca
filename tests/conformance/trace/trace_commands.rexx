/* TRACE C shows commands before they run */
trace c
x = 'not traced'
'echo hello'
'exit 2'
address command 'true'
say 'rc' rc
