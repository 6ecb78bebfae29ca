/* state saved and restored across internal calls: NUMERIC, SIGNAL ON, ADDRESS, SIGL, RESULT */
numeric digits 12
call setdigits
say 'after setdigits:' digits() fuzz() form() 1/3
say 'function:' fdigits() digits()
signal on novalue name main_novalue
call settrap
say 'after settrap:' condition('C') 'still on:' x.undefined_here
main_novalue:
say 'main novalue trap, SIGL line' sigl
call nested_sigl
say 'SIGL after nested:' sigl
address COMMAND
call setaddress
say 'address after call:' address()
result = 'old'
call noresult
say 'result after no-value return:' symbol('RESULT') result
call withresult
say 'result:' result
call noresult
say 'result dropped again:' symbol('RESULT')
say 'depth:' recurse(300)
say 'fact:' fact(30)
call procstate
say 'after procstate:' digits() a symbol('B')
exit

setdigits:
  numeric digits 5
  numeric fuzz 2
  numeric form engineering
  say 'in setdigits:' digits() fuzz() form() 1/3
  return

fdigits: procedure
  numeric digits 3
  return digits() 2/3

settrap:
  signal on novalue name sub_novalue
  say 'in settrap:' y.nothing
  return
sub_novalue:
  say 'sub novalue trap, SIGL line' sigl
  signal off novalue
  return

nested_sigl:
  say 'nested_sigl called from' sigl
  call inner
  say 'back in nested_sigl, SIGL' sigl
  return
inner:
  say 'inner called from' sigl
  return

setaddress:
  say 'address in routine:' address()
  address SYSTEM
  say 'address set in routine:' address()
  return

noresult: return
withresult: return 'value'

recurse: procedure
  parse arg n
  if n = 0 then return 0
  return 1 + recurse(n - 1)

fact: procedure
  if arg(1) <= 1 then return 1
  return arg(1) * fact(arg(1) - 1)

procstate: procedure expose a
  a = 'set'
  b = 'local'
  numeric digits 4
  return
