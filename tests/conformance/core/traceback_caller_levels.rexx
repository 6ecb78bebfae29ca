/* Traceback indentation: the clause in error at its nesting depth (calls and DO levels),
   each caller's line one level less, whatever the caller's own depth */
call outer
exit
outer:
  call middle 1
  return
middle:
  do i = 1 to 1
    call inner
  end
  return
inner:
  do q = 1 to 1
    do r = 1 to 1
      say center('x', 3, 'ab')
    end
  end
