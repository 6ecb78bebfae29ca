/* Commands to ADDRESS SYSTEM go through /bin/sh */
say address()
'echo hello from sh'
say 'rc' rc
address system 'echo one; echo two | tr a-z A-Z'
say 'rc' rc
address system 'test -d /'
say 'test -d / rc' rc
address system 'test -f /nonexistent_conformance_path'
say 'test -f rc' rc
x = 6; y = 7
'echo' x 'times' y 'is' x * y
address system 'exit 5'
say 'exit 5 rc' rc
