/* The current environment is restored after CALL; WITH settings belong to the environment */
address system with output stem d.
call sub
say 'after sub:' address() address('O')
'echo main again'
say 'd' d.0 d.1
address command
call sub2
say 'after sub2:' address()
exit
sub:
  say 'in sub:' address() address('O')
  'echo from sub'
  say 'sub d' d.0 d.1
  address system with output normal
  'echo sub sees normal'
  return
sub2:
  address system
  say 'in sub2:' address()
  return
