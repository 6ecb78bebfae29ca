/* Comma-separated templates parse the arguments */
call sub 'first arg', 'second arg', 'third'
call sub 'only one'
parse value 'x y' with a b, c
say a b '['c']'
exit
sub:
  parse arg a1, a2 b2, a3
  say '['a1']' '['a2']' '['b2']' '['a3']'
  parse arg w1 ., , x3
  say w1 '['x3']'
  return
