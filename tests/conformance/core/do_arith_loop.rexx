/* DO loops whose bodies are whole-number arithmetic (generated as one Python loop) */
s = 0
do i = 1 to 100000
  s = s + i
end
say 'sum' s i
numeric digits 5
t = 0; u = 1; w = 0
do k = 1 to 2000 by 3
  t = t + k
  u = u * 2
  w = w - k
end
say 't' t 'u' u 'w' w 'k' k
numeric digits 9
/* accumulation beyond DIGITS with carries, negative and string operands */
a = 999999990; n = 7
do j = 1 to 40
  a = a + n
end
say 'a' a
b = -5
do j = 1 to 12
  b = b + j
end
say 'b' b
c = '3.5'; d = '12'
do j = 1 to 4
  c = c + j
  d = d + 1
end
say 'c' c 'd' d
/* an accumulator read by another clause of the loop */
e = 999999000; f = 0
do j = 1 to 3000
  e = e + j
  f = e - j
end
say 'e' e 'f' f
/* a loop invariant that is a fraction */
g = 0; h = 0.5
do j = 1 to 5
  g = g + h
end
say 'g' g
/* control variable near DIGITS */
numeric digits 4
z = 0
do j = 9990 to 9999 by 5
  z = z + 1
end
say 'z' z 'j' j
numeric digits 3
y = 0
do j = 1 to 60
  y = y + j
end
say 'y' y
numeric digits 9
/* an empty loop and a loop that never runs */
q = 7
do j = 5 to 1
  q = q + 1
end
say 'q' q j
say 'done'
/* an error in a generated loop: Regina's traceback */
r = 0
do i = 1 to 10
  r = r + i
  r = r * 'abc'
end
