/* TRACE I shows every intermediate value */
trace i
a = 2
b = a ** 3 - (a + 1)
c = length('xyz') + b
s = 'val' a
say c s
