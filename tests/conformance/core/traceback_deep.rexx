/* an error 20 calls deep: Regina indents the callers' lines up to 12 levels, then [...] */
say "start"
call f 1
exit
f:
  parse arg n
  if n = 20 then say x y z + 1
  call f n + 1
  return
