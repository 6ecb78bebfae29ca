/* PARSE ARG at program level and in routines */
parse arg all
say '['all']'
parse arg a b
say a '/' b
parse upper arg u .
say u
call r 'x y', 'z'
exit
r:
  parse arg p q, r
  say p q r
  parse arg , second
  say second
  return
