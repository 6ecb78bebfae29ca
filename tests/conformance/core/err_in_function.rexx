/* An error inside a function */
say 'before'
say outer(3)
exit
outer: procedure
  arg n
  return inner(n) * 2
inner: procedure
  arg n
  return n / 0
