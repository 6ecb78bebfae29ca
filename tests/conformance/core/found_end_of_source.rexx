/* The end of the source (an INTERPRET string, a program without its last line end) is
   quoted as a line end in found "...", as Regina */
call try 'signal'
call try 'signal value'
call try 'call'
call try 'drop'
call try 'procedure expose'
call try 'address value'
call try 'parse var'
call try 'signal on'
call try 'numeric'
exit
try:
  signal on syntax
  interpret arg(1)
  return
syntax:
  say left(arg(1), 20) '['condition('D')']'
  return
