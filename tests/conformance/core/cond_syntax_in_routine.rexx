/* SYNTAX raised in a routine is trapped by the caller's handler */
signal on syntax
call deep 3
say 'not reached'
exit
deep: procedure
  arg n
  if n = 0 then return 1 / 0
  return deep(n - 1)
syntax:
  say 'trapped rc' rc 'at line' sigl
  say 'text' errortext(rc)
  exit
