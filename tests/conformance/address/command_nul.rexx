/* A command ends at its first NUL character: Regina's commands are C strings */
address system 'echo before' || '00'x || 'after; echo never'
say 'system rc' rc
address command 'printf [%s] one two' || '00'x || 'three'
say
say 'command rc' rc
'echo' '00'x 'hidden'
say 'rc' rc
address system '00'x || 'echo nothing'
say 'empty rc' rc
