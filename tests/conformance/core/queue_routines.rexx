/* The queue is shared between routines */
call fill 3
say queued() 'lines queued'
do queued()
  parse pull line
  say line
end
exit
fill: procedure
  arg n
  do i = 1 to n
    queue 'item' i
  end
  return
