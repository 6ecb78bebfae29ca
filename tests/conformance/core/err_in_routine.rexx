/* An error inside a called routine shows a traceback */
say 'start'
call level1
exit
level1:
  call level2 'x'
  return
level2:
  parse arg v
  say 'level2 got' v
  return v + 1
