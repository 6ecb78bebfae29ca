/* END can name the control variable */
do i = 1 to 2
  do j = 1 to 2
    say i j
  end j
end i
total = 0
do n = 1 to 100
  total = total + n
end n
say total
