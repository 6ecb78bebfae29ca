/* Bubble sort a stem array */
data = '42 7 19 3 88 23 7 0 -5 15.5'
do i = 1 to words(data)
  a.i = word(data, i)
end
a.0 = words(data)
call sort
out = ''
do i = 1 to a.0
  out = out a.i
end
say 'sorted:' strip(out)
exit
sort: procedure expose a.
  do i = a.0 to 2 by -1
    swapped = 0
    do j = 1 to i - 1
      k = j + 1
      if a.j > a.k then do
        t = a.j; a.j = a.k; a.k = t
        swapped = 1
      end
    end
    if \swapped then leave
  end
  return
