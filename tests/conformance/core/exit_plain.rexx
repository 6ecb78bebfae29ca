/* EXIT with no value and falling off the end */
call sub
say 'back'
exit
sub:
  say 'in sub'
  return
