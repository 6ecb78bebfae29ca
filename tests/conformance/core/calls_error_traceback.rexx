/* an error four calls deep: the traceback shows every caller's clause */
say f(1)
exit
f: procedure
  parse arg n
  if n > 3 then return n + 'a'
  return f(n + 1)
