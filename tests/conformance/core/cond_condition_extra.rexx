/* CONDITION('E'), Regina's extra information: the error number of SYNTAX, the RC of ERROR */
signal on syntax
x = 1 + 'a'
syntax: say '['condition('E')']' rc
signal on syntax name s2
x = substr('a', 0)
s2: say '['condition('E')']'
signal on error name s3
'false'
s3: say '['condition('E')']'
call on error name s4
'false'
say 'fin' '['condition('E')']'
exit
s4: say '['condition('E')']'; return
