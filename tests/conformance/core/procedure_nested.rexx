/* Nested procedures and exposing through two levels */
g = 'global'
call level1
say g h
exit
level1: procedure expose g
  h = 'level1 h'
  call level2
  say 'level1:' g h
  return
level2: procedure expose g h
  g = g '+ level2'
  h = 'level2 h'
  return
