/* TO, BY and FOR are evaluated once, before the loop */
n = 3
do i = 1 to n
  n = n + 1
  say i n
end
count = 2
do count
  count = count + 5
  say 'count' count
end
step = 1
do i = 1 to 5 by step
  step = step + 1
  say 'i' i 'step' step
end
say 'calls:'
do i = 1 to limit()
  say 'i' i
end
exit
limit: say 'limit called'; return 2
