/* A DO loop whose control variable is EXPOSEd (stepped through its reference), or a plain
   local in a pool that holds references: whole-number steps, a non-integer step, DIGITS
   crossed, the variable dropped or changed by the body or by a routine that exposes it */
call counts
say 'after counts:' #hs k
call through
say 'after through:' j
call dropped
call dropped_local
exit

counts: procedure expose #hs k
  do #hs = 1 while #hs < 5
  end
  say 'while' #hs
  do k = 10 to 1 by -3
    say 'k' k
  end
  do #hs = 1 to 2 by 0.5
    say 'half' #hs
  end
  numeric digits 3
  do #hs = 996 by 2 for 4
    say 'digits' #hs
  end
  numeric digits 9
  do #hs = 1 to 10
    if #hs = 3 then #hs = 7
    say 'jumped' #hs
  end
  do local = 1 to 3
    k = local * 2
  end
  say 'local' local k
  return

through: procedure expose j
  call inner
  do j = 1 to 3
    call bump
    say 'j' j
  end
  return
inner: procedure expose j
  do j = 5 to 6
  end
  say 'inner' j
  return
bump: procedure expose j
  j = j + 1
  return

dropped: procedure expose n
  signal on novalue
  do n = 1 to 3
    say 'n' n
    if n = 2 then drop n
  end
  return
novalue:
  say 'novalue' condition('D') 'line' sigl
  return

dropped_local: procedure
  signal on novalue name local_novalue
  do m = 1 to 3 by 1
    say 'm' m
    if m = 2 then drop m
  end
  return
local_novalue:
  say 'novalue' condition('D') 'line' sigl
  return
