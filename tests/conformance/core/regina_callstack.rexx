/* Regina's POOLID and GETCALLSTACK */
say 'main' poolid()
call a 1
x = f(2)
say 'f gave' x
call c
exit
c:
  call b
  return
a: procedure
  say 'a' poolid()
  call b
  return
b:
  say 'b' poolid()
  call getcallstack 'st.'
  do i = 0 to st.0; say i st.i; end
  return
f: procedure
  say 'f' poolid()
  return 7
