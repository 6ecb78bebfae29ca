/* DELSTR and DELWORD */
say delstr('abcd', 3) delstr('abcde', 3, 2) delstr('abcde', 6) delstr('abc', 1)
say '['delstr('abc', 2, 0)']' '['delstr('', 1)']' delstr('abcde', 2, 100)
say '['delword('Now is the time', 2, 2)']'
say '['delword('Now is the time ', 3)']'
say '['delword('Now is the time', 5)']'
say '['delword('Now is   the time', 3, 1)']'
say '['delword('  Now is the time', 1, 1)']'
say '['delword('Now is the time', 1)']'
say '['delword('Now is the time', 2, 0)']'
