/* Commands to the default environment go through the shell */
'echo one; echo two'
say 'rc' rc
'true'
say 'rc' rc
'false'
say 'rc' rc
cmd = 'echo built from' 'a variable'
cmd
say 'rc' rc
'echo $((6 * 7))'
x = 'printf "%s|" a b c'
x
say
say 'rc after say' rc
