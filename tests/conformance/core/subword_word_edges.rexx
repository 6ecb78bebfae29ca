/* SUBWORD, WORD, WORDINDEX, WORDLENGTH and WORDS at the edges: leading and trailing blanks,
   past the last word, zero lengths, tabs and the characters Python splits on but C does not. */
s = '  alpha beta   gamma delta  '
say '['subword(s, 1)']' '['subword(s, 2)']' '['subword(s, 2, 2)']' '['subword(s, 4, 9)']' '['subword(s, 5)']' '['subword(s, 1, 0)']' '['subword(s, 3, 1)']'
say word(s, 1) word(s, 4) '['word(s, 5)']' wordindex(s, 3) wordlength(s, 2) wordindex(s, 9) words(s) words('') words('a'||'1c'x||'b') words('a'||'09'x||'b')
say '['subword('', 1)']' '['subword('x', 1, 1)']' words('  ') '['subword('a b', 2, 0)']'
t = 'x'||'a0'x||'y z'
say words(t) c2x(subword(t, 2)) c2x(word(t, 1))
call bad 'subword(s, 0)'
call bad 'subword(s, 1, -1)'
call bad 'subword(s, 9, -1)'
call bad 'word(s, 0)'
exit
bad: signal on syntax name oops
  interpret 'x =' arg(1)
  return
oops: say 'error' rc condition('D'); return
