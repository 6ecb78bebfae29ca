/* TRACE I, R, A: a DO loop with an empty body shows neither END nor the DO clause again */
trace i
do j = 1 to 3
end
trace r
do j = 1 to 3
end
trace a
do j = 1 to 3
end
do 2
end
do j = 1 to 2 while j < 5
end
do j = 1 until j > 1
end
do i = 1 to 2
  do j = 1 to 2
  end
end
do k = 1 to 2; end
do j = 1 until j > 1
  nop
end
do j = 1 for 2
  nop
end
do j = 1 by 2 while j < 3
  nop
end
do j = 1
  leave
end
say j i k
