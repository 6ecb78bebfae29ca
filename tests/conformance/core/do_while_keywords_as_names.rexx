/* after WHILE or UNTIL, TO BY FOR are names in the expression (trip test stats.rexx) */
to = 1; for = 2; by = 3
do i = 1 while to + for + by > i
  say 'while' i
  if i > 7 then leave
end
do j = 1 until j > 2 to 5
  say 'until' j
end
n = 0
do forever while n < for
  n = n + 1
end
say 'n' n
