/* An error inside a loop body */
do i = 1 to 3
  say 'i' i
  if i = 2 then x = substr('abc', i - 2)
end
