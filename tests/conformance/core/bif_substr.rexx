/* SUBSTR */
say '['substr('abc', 2)']' '['substr('abc', 2, 4)']' '['substr('abc', 2, 6, '.')']'
say '['substr('abc', 4)']' '['substr('abc', 5, 2)']' '['substr('abc', 1, 0)']'
say '['substr('abcdef', 3, 2)']' '['substr('', 1, 3, '*')']' '['substr('abc', 3, 1)']'
say '['substr(12345, 2, 3)']'
