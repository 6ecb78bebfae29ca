/* WORDS, TRANSLATE (both tables), LEFT and RIGHT in a loop (the generated code): strings,
   numbers made by arithmetic, white space other than blanks, tables of differing lengths
   and repeated characters, lengths 0 and past the string; then their Error 40s */
rec = 'vmid=101,hostname=pxm-1,,memory=512'
do pass = 1 to 2
  n = pass + 1
  say pass words(translate(rec, ' ', ',')) words(rec) words('') words('   ') words(n * 1000)
  say pass words('a' || '09'x || 'b' || '0a'x || 'c' || '0d'x) words('x' || 'a0'x || 'y')
  say pass translate(rec, 'AB', ',=') translate(rec, '', ',') translate(n * 12, 'x', 2)
  say pass translate('abcabc', 'XYZ', 'aab') translate('', 'a', 'b') translate(rec, rec, rec)
  say pass '['left(rec, 4)']' '['left('ab', 5)']' '['left('ab', 0)']' '['left(n * 111, n)']'
  say pass '['right(rec, 4)']' '['right('ab', 5)']' '['right('ab', 0)']' '['right(n * 111, n)']'
  say pass '['left('', n)']' '['right('', n)']' '['left(rec, n + 0.0)']' '['right(rec, ' 3')']'
  w = translate(rec, ' ', ',')
  say pass words(w) word(w, 2) left(w, 5) right(w, 3)
end
do k = 1 to 6
  call try k
end
exit

try:
  signal on syntax
  select
    when arg(1) = 1 then say left('abc', -1)
    when arg(1) = 2 then say right('abc', 'x')
    when arg(1) = 3 then say left('abc', 1.5)
    when arg(1) = 4 then say right('abc', 3000000000)
    when arg(1) = 5 then say translate('abc', 'x', 'b', 'ab')
    otherwise say words('a', 'b')
  end
  return
syntax:
  say 'Error' rc 'line' sigl':' condition('D')
  return
