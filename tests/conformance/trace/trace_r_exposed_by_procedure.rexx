/* TRACE R: once a called PROCEDURE has exposed a variable of the caller's pool, the caller's
   references to it show it each time (an unexposed one only the first time), a DO loop
   stepping it too: its first value, then each value read to be stepped. A procedure
   exposing another variable, or none, changes nothing */
trace r
j = 1
call through
say 'main' j
exit
through: procedure expose j
  l = 1; k = 1
  do 2
    say 'before' j l k
    call none
  end
  do 2
    say 'exposes l' j l k
    call expose_l
  end
  do 2
    say 'after' j l k
  end
  call expose_j
  do j = 1 to 3
    call bump
    say 'j' j
  end
  do k = 1 to 2
    nop
  end
  return
none: procedure
  return
expose_l: procedure expose l
  return
expose_j: procedure expose j
  return
bump: procedure expose j
  j = j + 1
  return
