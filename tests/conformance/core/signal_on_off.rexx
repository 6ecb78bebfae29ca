/* SIGNAL ON/OFF with NAME */
signal on novalue name handler
say 'x is' defined
defined = 1
say 'defined is' defined
say undefined_one
exit
handler:
  say 'NOVALUE trapped for' condition('D') 'at line' sigl
  signal off novalue
  say 'now unset is' still_unset
  signal on novalue
  say 'trap reset, condition(S)' condition('S')
  exit
