/* CALL of a label that stands inside a later DO: Error 16.3, though the DO was not reached */
say 'start'
call inner
say 'not reached'
exit
do 1
  inner:
  say 'inside'
end
