/* TRACE I with prefix, logical, strict and concatenation operators, compound variables */
trace i
a = 5; b. = 0; b.a = 7
c = -a + b.a
d = \(a > 3) | (c == 2) & a >= 5
e = a||b.a 'x' "y"
f.a.1 = a // 3 + a % 2
say c d e f.5.1
