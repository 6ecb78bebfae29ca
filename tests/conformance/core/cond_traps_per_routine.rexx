/* Condition traps belong to each routine: a callee inherits its caller's, and what it turns
   on or off is undone at its return; a CALL ON handler runs with its condition DELAYed */
call on error name caller_error
call turns_off
'exit 3'                                 /* the caller's CALL ON ERROR still holds */
say 'after the handler, rc' rc
call turns_on_failure
'exit 5'                                 /* the callee's CALL ON FAILURE is gone */
say 'the caller'"'"'s ERROR handler ran, rc' rc
call nested 1
signal on novalue name caller_novalue
call novalue_off_inside
say 'back in the caller'
say undefined_in_caller
exit

turns_off:
  call off error
  'exit 2'
  say 'callee turned ERROR off: no handler, rc' rc
  return

turns_on_failure:
  call on failure name callee_failure
  'exit 6'
  say 'callee: ERROR inherited, rc' rc
  return
callee_failure:
  say 'callee_failure' condition('C')
  return

nested: procedure
  parse arg depth
  if depth < 3 then do
    call off error
    call nested depth + 1
    'exit' depth
    say 'level' depth 'ERROR off here: no handler, rc' rc
  end
  else do
    call on error name caller_error
    'exit 7'
    say 'level' depth 'turned it on again, rc' rc
  end
  return

novalue_off_inside:
  signal off novalue
  say 'inside:' undefined_inside
  return

caller_error:
  say 'handler:' condition('C') condition('I') condition('S') 'rc' rc 'line' sigl
  'exit 4'
  say 'inside the handler ERROR is delayed: rc' rc
  return

caller_novalue:
  say 'novalue trapped in the caller at line' sigl':' condition('D')
  exit
