/* ITERATE in an INTERPRET string cannot go on with a loop outside it */
do i = 1 to 3
  interpret 'iterate'
 say i
end
