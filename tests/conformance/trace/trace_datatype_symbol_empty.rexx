/* TRACE I and R: DATATYPE(s, 'S') looks a variable symbol up as SYMBOL() does, and an
   assignment with nothing after its = shows no line for its value (Regina) */
trace i
a = 1
say datatype('a', 'S') datatype('1', 'S') datatype('a.b', 'S') datatype('abc', 's')
say datatype('a b', 'S') datatype('a', 'N')
x = 'a'
say datatype(x, 'S')
b = 2
say datatype('a.b', 'S')
d =
say '['d']'
e.1 =
say '['e.1']'
do i = 1 to 2
  e.i =
end
trace r
say datatype('a', 'S') datatype('q', 'S')
d =
