/* TRACE I through nested function calls and CALL: depth, >F>, labels by CALL only */
trace i
say twice(3) + 1
call show 'x'
exit
twice: procedure
  parse arg n
  return n * 2
show:
  say 'show' arg(1)
  return
