/* A compound symbol as the control variable */
do a.1 = 1 to 3
  say 'a.1 is' a.1
end
say 'after' a.1
j = 'X'
do b.j = 10 to 30 by 10
  say b.x
end
do k = 1 to 2
  do c.k = 1 to 2
    say k c.k
  end
end
