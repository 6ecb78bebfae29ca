/* EXIT inside a routine ends the whole program */
call sub
say 'not reached'
sub: procedure
  say 'in sub'
  exit 7
