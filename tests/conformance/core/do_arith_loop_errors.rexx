/* errors and conditions inside generated arithmetic loops: the pool as the handler sees it */
signal on syntax name bad
s = 0
do i = 1 to 10
  s = s + i
  t = s * 2
  v = s + x.
end
exit
bad:
say 'syntax' rc 'at line' sigl 'i' i 's' s 't' t
signal on novalue name nov
p = 0
do i = 1 to 5
  p = p + i
  p = p + nothere
end
exit
nov:
say 'novalue' condition('D') 'line' sigl 'i' i 'p' p
signal on lostdigits name lost
numeric digits 5
m = 99990
do i = 1 to 20
  m = m + i
end
say 'no lostdigits' m i
exit
lost:
say 'lostdigits' condition('D') 'i' i 'm' m
