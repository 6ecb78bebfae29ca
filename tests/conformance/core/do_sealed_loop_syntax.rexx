/* a condition raised inside a range loop: the handler sees the control variable's value */
signal on syntax
flag. = 1
do i = 1 to 10
  flag.i = i
  x = flag.i + 1
  if i = 4 then flag.i = 'abc'
  y = flag.i * 2
end
say 'not reached'
exit
syntax:
  say 'syntax' rc 'at line' sigl 'with i =' i 'x =' x
  say condition('D')
  signal on novalue
  do j = 1 to 5
    s.j = j
  end
  do j = 1 to 7
    say 'read' j s.j
    if j = 5 then drop s.4
    if j = 6 then say s.4
  end
  exit
novalue:
  say 'novalue at line' sigl 'with j =' j condition('D')
  do k = 1 to 5
    z = 10 / (k - 3)
  end
