/* Regina's UPPER() and LOWER(): start, length and pad */
say upper('abc Def') lower('ABC dEf')
say upper('abcdef', 2, 3) lower('ABCDEF', 2)
say upper('abc', 5) '|' lower('ABC', 4, 2, '.')
say upper('abc', , 2)
say '['upper('abc', 2, 5, 'x')']'
say '['lower('ABC', 2, 10, '*')']'
say '['upper('', 1, 3)']'
say '['upper('mixed Case 123')']'
say lower('HELLO WORLD', 2, 4)
s = 'hello world'
say upper(s, 7)
