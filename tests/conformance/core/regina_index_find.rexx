/* Regina's INDEX (POS with haystack first) and FIND (WORDPOS with string first) */
say index('abcabc', 'c') index('abcabc', 'c', 4) index('abc', '') index('', 'a')
say index('abcabc', 'bc', 3) index('abc', 'b', 5)
say find('now is the time', 'is the') find('now is the time', 'the time')
say find('a b c', 'x') find('a  b c', 'b   c') find('a b c', '') find('', '')
say find('a b c', 'b', 2) find('a b c', 'c', 2) find('a b c', 'c', 4)
say find('a b c', 'b c d') find(' a b', ' a')
