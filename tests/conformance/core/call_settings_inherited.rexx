/* A called routine inherits the caller's settings (NUMERIC, ADDRESS, OPTIONS, traps, the
   elapsed timer, CONDITION()) and its changes end with it; SIGL, RESULT, ARG() and a SIGL
   exposed to a routine that calls on. */
numeric digits 12; numeric fuzz 2; numeric form engineering
address command
call show 'main'
call change
call show 'after change'
say 'fuzz cmp' (1.000000000001 = 1.00000000001)
signal on novalue name nov
call trapped
say 'back, novalue trap still on:' trap_on()
call on error name err
address system 'exit 3'
say 'rc' rc
call nested 1, , 3
say 'result' result 'sigl' sigl
call noresult
say 'result dropped:' symbol('RESULT')
x = twice(21)
say 'twice' x
call exposer
say 'sigl from exposer' sigl
say 'f3' f3(f3(f3(2)))
exit

show: say arg(1)':' digits() fuzz() form() address(); return
change:
  numeric digits 5; numeric fuzz 1; numeric form scientific
  address system
  call show 'in change'
  call deeper
  call show 'after deeper'
  return
deeper:
  call show 'in deeper'
  numeric digits 30
  address path
  return
trapped:
  signal off novalue
  say 'in trapped, trap off:' trap_on()
  return
trap_on: return condition('C') \== '' | 1
err: say 'error trapped:' condition('C') condition('I') 'rc' rc; return
nested: say 'args' arg() arg(1) '['arg(2)']' arg(3) arg(2, 'O') arg(3, 'E') 'sigl' sigl
  return 'R' || arg()
noresult: return
twice: procedure; parse arg n; return n * 2
exposer: procedure expose sigl
  say 'exposer sees sigl' sigl
  call inner
  say 'after inner sigl' sigl
  return
inner: say 'inner sigl' sigl; return
f3: return arg(1) * 3
nov: say 'novalue at' sigl; exit 1
