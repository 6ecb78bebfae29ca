/* WORDPOS: one word and several, from a start word, blanks inside the phrase and the
   string, a phrase longer than the text after its match, tabs and non-ASCII. */
s = 'the quick brown fox jumps over the lazy dog'
say wordpos('the', s) wordpos('the', s, 2) wordpos('the', s, 8) wordpos('dog', s) wordpos('cat', s)
say wordpos('brown fox', s) wordpos('brown   fox', s) wordpos(' lazy dog ', s) wordpos('dog cat', s)
say wordpos('', s) wordpos('  ', s) wordpos('x', '') wordpos('a b', 'a  b') wordpos('a     b', 'a b')
say wordpos('fox', s, 99) wordpos('over the', s, 6) wordpos('the lazy', s, 6)
t = 'a' || '09'x || 'b c'
say wordpos('b', t) wordpos('a b', t) wordpos('a' || '09'x || 'b', 'x a b')
u = 'x' || 'a0'x || 'y z'
say wordpos('z', u) wordpos('y', u)
r = ''
do i = 1 to 300; r = i r; end
say wordpos(150, r) wordpos('150 149', r) wordpos('150 148', r)
signal on syntax
say wordpos('a', s, 0)
exit
syntax: say 'error' rc condition('D')
