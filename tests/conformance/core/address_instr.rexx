/* The ADDRESS instruction and ADDRESS() */
say address()
'echo hi from the shell'
say 'rc' rc
'exit 3'
say 'rc' rc
address system
say address()
'echo again'
address command
say address()
address
say 'swapped back:' address()
address
say 'and again:' address()
address system 'echo temporary'
say address()
env = 'COMMAND'
address value env
say address()
address (env)
say address()
