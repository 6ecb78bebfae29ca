/* TRACE I and R with compound targets: tail variables and the derived name as assigned */
trace i
a = 5
b.1 = 7
b.a = 8
b.a.a = 9
parse value 'x y' with c.a d.1
x.a = 1; x.a = x.a + 1
trace r
b.a = 10
say b.a
trace i
