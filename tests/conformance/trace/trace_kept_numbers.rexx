/* TRACE I: Regina keeps the number it made of a variable used as a number (arithmetic, a
   comparison, a logical operator) until the variable is assigned again, and a later such
   use shows that number (007 as 7, 1e1 as 10): for a simple variable only through a
   reference evaluated before (a loop's second pass; not in an INTERPRET string, parsed
   again each time), for a compound at once; other uses show the value */
trace i
do k = 1 to 3
  w = word('007 08 1e1', k)
  say w + 0 w * 1 1 + w w (w = 7) w (w > 1) (w == '08')
  x = w + 0
  y = w * 1
  if k = 2 then w = '09'
  z = w * 1 w + 1
  interpret 'say w * 2'
end
say w * 1
do k = 1 to 3
  v = '007'
  x = v + 0
  y = v * 1
end
do k = 1 to 2
  b = word('01 1.', k)
  if b then say (\b) (b & 1) b
end
c.1 = '08'
say c.1 + 0 c.1 + 0 c.1 (c.1 < 9)
d.1 = format(12.50, 3, 2)
say d.1 d.1 + 0 d.1 * 2
signal on syntax
do k = 1 to 2
  s = 'b2'x
  say s + 1
end
syntax:
say 'error' rc
