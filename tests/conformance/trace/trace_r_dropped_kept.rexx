/* TRACE R: a reference that found its variable set shows nothing once it is dropped (a new
   reference shows its name); a compound used as a number shows the number Regina keeps in
   it from its next use as a number on */
trace r
signal on syntax name s1
do j = 1 to 3
  if j = 2 then drop j
  say j
end
s1:
say j
c.1 = '08'
say c.1 + 0 c.1 + 0 c.1 (c.1 < 9)
d.1 = format(12.50, 3, 2)
say d.1 d.1 + 0 d.1 * 2
