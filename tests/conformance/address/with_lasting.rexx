/* ADDRESS env WITH ... sets the environment's lasting redirection; parts merge */
say address('I') '|' address('O') '|' address('E')
address system with output stem d.
say address() '|' address('I') '|' address('O') '|' address('E')
'echo one'
say 'lasting:' d.0 d.1
address system 'echo two' with output normal
'echo three'
say 'one-off normal, then lasting again:' d.0 d.1
in.0 = 2; in.1 = 'beta'; in.2 = 'alpha'
address system with input stem in.
say address('I') '|' address('O')
'sort'
say 'input added, output kept:' d.0 d.1 d.2
address command
'echo command is not redirected'
address system
'echo back on system'
say 'system kept its redirection:' d.0 d.1
address system with output append stem d. input normal
'echo appended'
say address('I') '|' address('O')
say 'append:' d.0 d.1 d.2
address system with output normal error normal
'echo normal again'
say address('I') '|' address('O') '|' address('E')
