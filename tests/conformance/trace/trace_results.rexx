/* TRACE R shows clauses and the values used (straight-line code only) */
trace r
x = 1 + 2 * 3
y = 'abc' || x
if x > 5 then say 'big' y
z = x y
say z
