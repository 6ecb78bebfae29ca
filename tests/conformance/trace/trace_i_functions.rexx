/* TRACE I with built-in and internal functions, nested calls */
trace i
s = 'alpha beta gamma'
w = words(s)
say word(s, w) length(s)
say max(3, 7, 5) abs(-4)
v = sq(3) + sq(4)
say v
say substr(s, pos('b', s), 4)
exit
sq: return arg(1) ** 2
