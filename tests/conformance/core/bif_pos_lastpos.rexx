/* POS and LASTPOS */
say pos('day', 'Saturday') pos('x', 'abc def ghi') pos(' ', 'abc def ghi') pos(' ', 'abc def ghi', 5)
say pos('', 'abc') pos('a', '') pos('abc', 'abc') pos('abcd', 'abc') pos('a', 'aaa', 3) pos('a', 'aaa', 4)
say lastpos(' ', 'abc def ghi') lastpos(' ', 'abcdefghi') lastpos('xy', 'efgxyz') lastpos(' ', 'abc def ghi', 7)
say lastpos('', 'abc') lastpos('a', 'aaa', 2) lastpos('a', 'aaa', 10) lastpos('aa', 'aaa')
