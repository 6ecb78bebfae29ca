/* TRACE L shows labels as they are passed (falling through, or reached by CALL) */
trace l
say 'start'
middle:
say 'after the label'
call sub
call sub
exit
sub:
  say 'in sub'
  return
