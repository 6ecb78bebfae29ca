/* WHILE tests before, UNTIL tests after each iteration */
i = 0
do while i < 3
  i = i + 1
  say 'while' i
end
i = 10
do while i < 3
  say 'never'
end
i = 10
do until i > 3
  say 'until runs once' i
end
i = 0
do until i >= 3
  i = i + 1
  say 'until' i
end
do j = 1 to 10 while j < 4
  say 'to-while' j
end
say 'j after while' j
do j = 1 to 10 until j >= 3
  say 'to-until' j
end
say 'j after until' j
do 5 while \done(0)
  say 'count and while'
  leave
end
do k = 1 for 10 until k = 2; say 'k' k; end
exit
done: return arg(1)
