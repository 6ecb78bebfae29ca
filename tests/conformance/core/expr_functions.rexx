/* Function calls in expressions, nested, with literals as names */
say length('abc') + 1
say substr(reverse('abcdef'), 2, 3)
say 'LENGTH'('xyz')
say left(right('abcdef', 4), 2)
say max(1, min(5, 3), 2)
say copies('ab', length('xyz'))
x = double(21); say x
say double(double(2))
exit
double: return arg(1) * 2
