/* TRACE I and R: a variable that was set and is unset again (DROP, a stem whose compounds
   only are set, RESULT after a call that returns nothing) shows as >V> with its name, one that
   never was as >L> (Regina) */
trace i
drop q
say q
q = 1
drop q
say q
a.1 = 1
say a.
drop a.
say a.
call f
say result
call g
say result
call f
say result
q = 2
call s
say q
trace r
say q
say q
exit
f: return
g: return 2
s: procedure expose q
  drop q
  return
