/* TRACE I: Regina's parser evaluates the constant arguments (literals, concatenations of
   them) of each function call and CALL in an INTERPRET string, each list from its last
   argument to its first and inner calls first, and traces them before the string runs */
trace i
interpret 'say f(1, 2)'
interpret 'call f 3, 4'
interpret 'say 1 + 2'
interpret 'say length("abc") left("abc", 1)'
interpret 'say length("abc" || "d") f("a" "b", "c")'
interpret 'say f(5, g(6, 7)) f(g(8), 9)'
interpret 'x = 8; say x f(9)'
interpret 'say f(x, 10, "41"x, 1e3, -1, 2 + 3)'
do i = 1 to 2
  interpret 'say f(i, "again")'
end
exit
f: return arg(1)
g: return arg(1)
