/* TRACE L shows labels only: CALL, SIGNAL and loop labels */
trace l
call one
signal three
two:
say 'not reached'
three:
do i = 1 to 2
  call one
end
exit
one:
say 'one' i
return
