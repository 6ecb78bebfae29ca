/* TRACE R in an INTERPRET string: Regina parses the string again at each run, so its
   references are new each time (a variable is shown at each run, but only once within one
   run of a loop inside the string), also after the string ran untraced */
w = 5
interpret 'say w + 1 w'
trace r
interpret 'say w + 1 w'
do i = 1 to 2
  interpret 'say w + i w'
end
do i = 1 to 2
  interpret 'do j = 1 to 2; say i j w; end'
end
call sub
exit
sub: procedure expose w
  interpret 'say w + 1 w'
  interpret 'say w + 1 w'
  return
