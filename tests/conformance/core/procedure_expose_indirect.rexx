/* EXPOSE (varlist): the list variable itself is exposed first */
vars = 'x y'
x = 1; y = 2; z = 3
call sub
say x y z vars
exit
sub: procedure expose (vars) z
  say 'vars' vars
  x = 'X'; y = 'Y'; z = 'Z'
  vars = 'changed'
  return
