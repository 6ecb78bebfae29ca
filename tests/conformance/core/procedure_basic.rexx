/* PROCEDURE hides the caller's variables */
x = 'caller x'
y = 'caller y'
call sub
say x y z
exit
sub: procedure
  say 'in sub:' x y
  x = 'sub x'
  z = 'sub z'
  return
