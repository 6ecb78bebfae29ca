/* Nested loops building a multiplication table */
do row = 1 to 4
  line = ''
  do col = 1 to 4
    line = line right(row * col, 3)
  end
  say line
end
do i = 1 to 2; do j = 1 to 2; say i j; end; end
