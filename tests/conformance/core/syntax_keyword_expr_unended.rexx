/* A clause ending after a binary operator in an instruction's expression: Regina reports
   the instruction's own error (quoting the clause end), not 64.1. */
call try 'numeric digits 3 +'
call try 'numeric fuzz 3 *'
call try 'numeric digits 3 ||'
call try 'numeric form value 3 ='
call try 'address value 3 -'
call try 'signal value 3 +'
call try 'call f 1, 3 +'
call try 'say 3 +'
call try 'x = 3 +'
call try 'numeric digits +'
exit

try:
  signal on syntax
  interpret arg(1)
  say 'no error:' arg(1)
  return
syntax:
  say arg(1) '->' rc'.'condition('E') '['errortext(rc)']' condition('D')
  return
f: return
