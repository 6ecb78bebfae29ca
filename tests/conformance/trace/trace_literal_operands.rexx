/* TRACE I: literal operands of logical operators show no line; a number literal of a normal
   comparison shows as a number at DIGITS 9 (unless the other operand is a literal that is not) */
trace i
a = 1; b = 0
y = a & b
y = \a
y = ' 1 ' = 'abc'
y = ' 1 ' == 1
y = 1.000000001 < 'x'
y = ' 2 ' > 1
y = 1 & a
y = \ 0
y = ' 2 ' >> ' 1'
y = ' 2 ' > a
y = 2 + a
y = ' 2 ' = a || 'x'
y = 'x' || 3 = 3
numeric digits 12
y = 1.2345678901234 = 1
numeric digits 3
y = 1.2345678901234 = 1
y = ' 12345 ' = 1
y = 1.50 = 1
y = 1e2 = 1
if 1 & a then say 'yes'
select; when ' 3 ' = 3 then nop; end
