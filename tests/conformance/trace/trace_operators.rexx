/* TRACE I: prefix, logical and strict operators, compounds, unset variables, PARSE dots */
trace i
x = 3
a.1 = 5
i = 1
say a.i a.x (-x) (+x)
say \(x = 3) (x > 1 & x < 10) (x > 1 | x < 0) (x > 1 && x < 10)
say x == 3 x \== 3 'a' << 'b'
say unset
parse value 'a b c d' with p . q r
call length 'abc'
say result
