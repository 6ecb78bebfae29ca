/* Loops in INTERPRET strings (generated as Python): nested, LEAVE and ITERATE of the string's
   own loops, a caller's loop around the string, RETURN from a routine, DO FOREVER, stems,
   SIGNAL out of the string's loop, and an error inside one */
s = 0
interpret 'do i = 1 to 5; do j = 1 to i; s = s + j; end; end'
say s i j
do k = 1 to 3
  interpret 'do m = 1 to 10; if m > k then leave m; if m = 2 then iterate; s = s + m; end'
end
say k m s
say f(4) f(50)
n = 0
interpret 'do forever; n = n + 1; if n = 7 then leave; end'
say n
x. = 0
interpret 'do i = 1 to 4; x.i = i * i; end; say x.3 x.4'
interpret 'do i = 1 to 3 by 0.5 until i > 2.2; say i; end'
signal on syntax
interpret 'do i = 1 to 3; if i = 2 then signal out; end'
say 'no'
out: say 'out at' i
interpret 'do i = 1 to 3; y = i + "a"; end'
exit
syntax: say 'syntax' rc condition('D') i sigl
exit
f: procedure
  parse arg lim
  interpret 'do q = 1 to 100; if q * q > lim then return q; end'
  return 0
