/* TRACE R of a normal comparison: Regina looks a value that is no number up again, and at
   TRACE R the second lookup shows only what is still unset: an unset variable twice, an
   unset tail variable twice (the compound's name once); a set one once */
a = 'xy'; b = 'x'; c = 'y'; n = 5; i = 1; m.1 = 'q'
trace r
x = a = b
x = z = c
x = m.i = c
x = m.k = c
x = c < m.k
x = z = 'Z'
x = n = z
do 2
  x = z = c
end
say x
