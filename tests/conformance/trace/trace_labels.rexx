/* TRACE L shows labels as they are passed */
trace l
call sub
signal there
say 'not reached'
there:
say 'at there'
exit
sub:
  say 'in sub'
  return
