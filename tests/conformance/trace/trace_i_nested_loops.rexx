/* TRACE I with nested loops, a stem loop and LEAVE of an outer loop */
trace i
s. = ''
do i = 1 to 2
  do j = i to 2
    s.i = s.i || j
    if j = 2 & i = 2 then leave i
  end j
end i
say s.1 s.2
do forever
  leave
end
