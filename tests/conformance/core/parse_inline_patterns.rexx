/* PARSE patterns, each template run twice in a loop (the generated code): literal patterns
   found and not found, the empty pattern, positions =n +n -n and past either end, variable
   patterns and positions, UPPER / LOWER / CASELESS (a-z only, as Regina: not a-umlaut or
   sharp s), compound targets whose tail is set earlier in the template, VALUE with several
   templates, and an Error 26 from a variable position */
s = 'vmid=101,hostname=pxm-1,status=running,memory=512'
t = 'abcdefghij'
do pass = 1 to 2
  parse var s 'vmid=' id ',' 'hostname=' host ',' . 'memory=' mem
  say pass 'a' id host mem
  parse var s 'nothere' x ',' y
  say pass 'b' '['||x']' '['||y']'
  parse var s x ',' y 'nothere' z
  say pass 'c' '['||x']' '['||y']' '['||z']'
  parse var s x '' y
  say pass 'd' '['||x']' '['||y']'
  parse var t x 3 y 6 z
  say pass 'e' x y z
  parse var t x +2 y +3 z -4 w
  say pass 'f' x y z w
  parse var t 'd' x +2 y =2 z 99 w
  say pass 'g' '['||x']' '['||y']' '['||z']' '['||w']'
  parse var t 5 x 3 y 0 z
  say pass 'h' '['||x']' '['||y']' '['||z']'
  parse var t 'e' x -2 y +0 z
  say pass 'i' '['||x']' '['||y']' '['||z']'
  parse var t x -3 y
  say pass 'j' '['||x']' '['||y']'
  comma = ','; n = 4; m = -2
  parse var s x (comma) y (comma) .
  say pass 'k' x y
  parse var t x =(n) y +(n) z -(m) w
  say pass 'l' '['||x']' '['||y']' '['||z']' '['||w']'
  parse var t 'c' x -(m) y +1 z
  say pass 'l2' '['||x']' '['||y']' '['||z']'
  parse var t x -(m) y
  say pass 'l3' '['||x']' '['||y']' '['||z']' '['||w']'
  v = 'x'
  parse value 'ab,xcd,x' with v (v) w
  say pass 'm' '['||v']' '['||w']'
  empty = ''
  parse var s x (empty) y
  say pass 'n' '['||x']' '['||y']'
  u = 'aBc' || 'e4'x || 'DeF' || 'df'x || 'gHi'
  parse caseless var u x 'de' y 'GH' z
  say pass 'o' c2x(x) c2x(y) z
  pat = 'c4'x
  parse caseless var u x (pat) y
  say pass 'p' c2x(x) '['||y']'
  pat = 'SS'
  parse caseless var u x (pat) y 'c' z +1 w
  say pass 'q' c2x(x) '['||y']' '['||z']' '['||w']'
  parse upper var u x 'DE' y
  say pass 'r' c2x(x) c2x(y)
  parse lower var u x 'de' y
  say pass 's' c2x(x) c2x(y)
  parse upper caseless var u x 'def' y
  say pass 't' c2x(x) c2x(y)
  parse var t i +1 a.i +1 b.a.i
  say pass 'u' i a.i b.a.i
  parse value 'one two' with p q, r r2
  say pass 'v' '['||p']' '['||q']' '['||r']' '['||r2']'
  parse value with p q
  say pass 'w' '['||p']' '['||q']'
  parse var s x ',' . ',' . ',' y
  say pass 'x' x y
  parse var t 3 x 3 y +2 z
  say pass 'y' '['||x']' '['||y']' '['||z']'
end
signal on syntax
do pass = 1 to 2
  n = 'x'
  if pass = 2 then n = 2.5
  parse var t x =(n) y
  say 'not reached' x y
end
exit
syntax:
  say 'Error' rc 'line' sigl':' condition('D')
  if pass = 1 then do; pass = 2; n = 2.5; parse var t x =(n) y; end
  exit
