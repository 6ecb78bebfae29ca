/* PARSE word splitting, run in a loop (the generated code) and once more through a routine:
   blanks, tab, newline, VT, FF, CR, leading and trailing blanks, the last target taking the
   rest after one blank, dots, repeated targets, empty strings */
str.1 = 'a b  c'
str.2 = '   lead  and trail   '
str.3 = 'a'||'09'x||'b'||'09'x||'09'x||'c'
str.4 = 'x'||'0a'x||'y z'
str.5 = 'p'||'0b'x||'q'||'0c'x||'r'||'0d'x||'s'
str.6 = 'one'
str.7 = ''
str.8 = '  '
str.9 = 'w1 w2 w3 w4 w5'
str.10 = 'tail  '
str.11 = 'e4'x||' '||'a0'x||'x y'
str.0 = 11
do k = 1 to str.0
  s = str.k
  do pass = 1 to 2
    a = '?'; b = '?'; c = '?'
    parse var s a b c
    r1 = show(a) show(b) show(c)
    parse var s a . c
    r2 = show(a) show(c)
    parse var s . . c
    r3 = show(c)
    parse var s a a b
    r4 = show(a) show(b)
    parse var s a
    r5 = show(a)
    parse var s a b .
    r6 = show(a) show(b)
    parse value s with a ' ' b c
    r7 = show(a) show(b) show(c)
    if pass = 1 then say k':' r1 '|' r2 '|' r3 '|' r4 '|' r5 '|' r6 '|' r7
    else if r1 r2 r3 r4 r5 r6 r7 \== last then say k': second pass differs'
    last = r1 r2 r3 r4 r5 r6 r7
  end
  call viaarg s
end
exit

viaarg:
  do 2
    parse arg a b, c
    say '  arg:' show(a) show(b) show(c)
    arg a b
    say '  upper arg:' show(a) show(b)
  end
  return

show: return '['c2x(arg(1))']'
