/* TRANSLATE */
say translate('abcdef')
say translate('abbc', '&', 'b')
say translate('abcdef', '12', 'ec')
say translate('abcdef', '12', 'abcd', '.')
say translate('4123', 'abcd', '1234')
say translate('abc', '', 'b')
say '['translate('abc', , 'abc')']'
say translate('a-b-c', ' ', '-')
say translate('abca', 'xy', 'aa')
say translate('hello', , , '*')
say translate('12345678', 'abcdefgh', '87654321')
say translate('MMDDYY', '981128', 'YYMMDD')
