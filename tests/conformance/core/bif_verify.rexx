/* VERIFY */
say verify('123', '1234567890') verify('1Z3', '1234567890') verify('AB4T', '1234567890', 'M')
say verify('AB4T', '1234567890', 'N') verify('1P3Q4', '1234567890', , 3) verify('ABCDE', '', , 3)
say verify('AB3CD5', '1234567890', 'M', 4) verify('', 'abc') verify('abc', '') verify('abc', 'abc', 'm')
say verify('aaab', 'a', 'nomatch') verify('aaab', 'b', 'Match', 5)
