/* TRACE R set inside a routine: the caller's setting comes back after RETURN */
x = 1
call inner
say 'back' trace() x
y = x + 1
say y
exit
inner:
  trace r
  x = x + 10
  return
