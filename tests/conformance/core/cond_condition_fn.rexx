/* CONDITION() with no trap, and inside handlers */
say '[' || condition() || ']' '[' || condition('C') || ']' '[' || condition('S') || ']'
call on error name h
'exit 4'
say 'after: [' || condition('C') || ']'
signal on novalue name nv
say unknown_var
exit
h:
  say 'h:' condition() '/' condition('c') '/' condition('i') '/' condition('s') '/' condition('d')
  return
nv:
  say 'nv:' condition('C') condition('I') condition('S') condition('D')
  say condition()
  exit
