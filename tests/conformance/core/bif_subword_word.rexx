/* SUBWORD WORD WORDS WORDINDEX WORDLENGTH WORDPOS */
say '['subword('Now is the  time', 2, 2)']' '['subword('Now is the  time', 3)']' '['subword('Now is the  time', 5)']'
say '['subword('  a  b  c  ', 2)']' '['subword('a b c', 1, 0)']'
say '['word('Now is the time', 3)']' '['word('Now is the time', 5)']' '['word('  x  ', 1)']'
say words('Now is the time') words(' ') words('') words('  a  b  ')
say wordindex('Now is the time', 3) wordindex('Now is the time', 6) wordindex('  two  words', 2)
say wordlength('Now is the time', 2) wordlength('Now comes the time', 2) wordlength('Now is the time', 6)
say wordpos('the', 'now is the time') wordpos('The', 'now is the time') wordpos('is the', 'now is the time')
say wordpos('is   the', 'now is the time') wordpos('be', 'To be or not to be') wordpos('be', 'To be or not to be', 3)
say wordpos('', 'a b') wordpos('a', '') wordpos('time', 'now is the time', 5)
