/* NOVALUE */
signal on novalue
a = 1
say a
say b.1
exit
novalue:
  say 'NOVALUE for [' || condition('D') || '] at line' sigl
  say condition('C') condition('I') condition('S')
  exit
