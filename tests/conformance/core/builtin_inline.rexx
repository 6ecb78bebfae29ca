/* LENGTH WORD SUBSTR POS as the code generator makes them inline: plain arguments, arguments
   that take the built-in's general path, a result at NUMERIC DIGITS 1, and Regina's Error 40s */
s = 'the quick  brown fox'; t = "a"||'09'x||"b c"
do 1
say length(s) length('') length(12*3) length(t)
say word(s, 1) '['word(s, 5)']' word(s, 2.0) word(t, 2) word(s, 4)
say substr(s, 5) '['substr(s, 18, 6)']' substr(s, 1, 0) '['substr(s, 30)']' substr(12345, 2, 2) substr(s, 3.0, 2)
say pos('o', s) pos('o', s, 14) pos('', s) pos('x', 'abc') pos('z', s, 100) pos(2, 12345) pos('q', s, 1.0)
numeric digits 1
say length(s) pos('x', s) pos('f', s)
numeric digits 9
end
do i = 1 to 4; call try i; end
exit
try: signal on syntax
  do 1
  select
    when arg(1) = 1 then say word(s, 0)
    when arg(1) = 2 then say substr(s, -1)
    when arg(1) = 3 then say pos('a', s, 'x')
    otherwise say substr(s, 2, 'y')
  end
  end
  return
syntax: say 'syntax' rc sigl condition('D'); return
