/* Regina's special variables .RS and .RC (after commands) and .LINE */
say '['.rs']' .rc symbol('.RS')
'true'
say rc .rs .rc
'exit 3'
say rc .rs .rc
address command 'rexxlite-conformance-no-such-command'
say rc .rs
'true'
say rc .rs value('.RS')
call sub
say 'after sub' .rs .rc rc
say .line
exit
sub: procedure
  say 'in sub' .rs .rc
  'exit 5'
  return
