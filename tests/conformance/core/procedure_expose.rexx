/* PROCEDURE EXPOSE: simple names, stems, compounds and (lists) */
a = 1; b = 2; c = 3
s.1 = 'one'; s.2 = 'two'
list = 'b c'
call p1
say a b c s.1 s.2 s.3
call p2
say a b c
call p3
say t.1 t.2 t.x
exit
p1: procedure expose a s.
  a = a + 10
  s.3 = 'three'
  say 'p1 sees' a b s.1
  return
p2: procedure expose (list) a
  b = b * 100; c = c * 100; a = 'A'
  say 'p2 list' list
  return
p3: procedure expose t.1 t.x
  t.1 = 'first'; t.2 = 'second'; t.x = 'ex'
  return
