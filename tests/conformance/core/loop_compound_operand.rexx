/* A compound whose tail holds the DO variable, as an operand of arithmetic inside the loop
   (m.i.j, m.2.j): its value is the one the current pass names, not an earlier pass's (the
   sum of the elements below the diagonal of a matrix, a Rosetta Code task) */
ml = '1 3 7 8 10 2 4 16 14 4 3 1 9 18 11 12 14 17 18 20 7 1 3 9 5'
do i = 1 to 5
  do j = 1 to 5
    parse var ml m.i.j ml
  end
end
sum = 0
do i = 2 to 5
  do j = 1 to i - 1
    sum = sum + m.i.j
  end
end
say 'below the diagonal:' sum
sum = 0
do j = 1 to 5
  sum = sum + m.2.j
end
say 'row 2:' sum
sum = 0
do j = 1 to 5
  sum = m.j.j * 2 + sum
end
say 'twice the diagonal:' sum
do j = 1 to 3
  say j (-m.j.1) (m.j.1 + m.1.j) (m.j.1 // 4)
end
