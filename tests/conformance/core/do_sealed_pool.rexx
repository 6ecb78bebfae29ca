/* A counted loop whose body leaves its control variable alone: the variable as the pool
   (a fallback closure, a condition handler, the code after the loop) sees it */
a. = 0
do i = 1 to 5
  a.i = i * 2
  if i = 3 then leave
end
say 'after leave' i a.3 a.4
do i = 1 to 4
end
say 'after end' i
do i = 5 to 1
end
say 'no pass' i
do i = 1 to 3
  do j = i to 3
    a.j = a.j + x2d(d2x(i + j * 10))
  end
  if i = 2 then leave
end
say 'nested' i j a.1 a.2 a.3
drop b.
do m = 1 to 3
  b.m = m * m
end
say 'made' m b.1 b.2 b.3
s. = 'x'
do n = 1 to 3
  t = s.n || n
  s.n = t
end
say t s.2 n
signal on syntax name syn
do k = 1 to 10
  x = a.k + 1
  if k = 4 then y = 'abc' + k
end
say 'not here'
syn:
say 'syntax at k =' k 'line' sigl
signal on novalue name nov
drop c.
do m = 1 to 10
  if m < 3 then c.m = m
  z = c.m
end
say 'not here'
nov:
say 'novalue at m =' m condition('D')
