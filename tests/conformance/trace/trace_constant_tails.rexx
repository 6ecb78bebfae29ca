/* TRACE I: a constant tail's derived name (>C>) is shown only once a compound with a variable
   tail has been derived in the run (even untraced); DROP shows a variable tail's name and an
   indirect list's variable */
trace i
n.1 = 5
say n.1
parse value 'p' with n.2
x = n.1 || n.2.1
trace o
y = 'a'
do i = 1 to 3
  w.i = i
end
trace i
n.1 = 6
say n.1 w.1
parse value 'p q' with n.2 n.y
call sub
drop z.y x (y) z.1 z.
drop (zz)
trace r
drop (y)
drop z.y
w.abc = 'q'; c = 'ABC'
trace i
signal on syntax name bad
x = w.c + 1
exit
bad:
say 'bad' rc
x = w.2 + n.y
exit
sub: procedure
  m.1 = 3
  return
