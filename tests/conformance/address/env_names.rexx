/* Regina's names for the host environments and what ADDRESS() reports */
address cmd
say address()
'echo $HOME | not a shell'
address environment
say address()
'echo shell ; echo here'
address os2environment 'echo os2 | tr a-z A-Z'
address path 'printf %s\n no-shell'
say address()
address cmd 'no_such_program_conformance_xyz'
say 'cmd rc' rc
address environment 'exit 7'
say 'environment rc' rc
