/* ARG uppercases; PARSE ARG does not */
arg first second rest
say first
say second
say rest
parse arg p1 p2 .
say p1 p2
say arg() '['arg(1)']'
say arg(1, 'E') arg(2, 'E') arg(2, 'O')
call sub 'x', , 'z'
exit
sub:
  say 'sub' arg() arg(1) '['arg(2)']' arg(3)
  say arg(1,'e') arg(2,'e') arg(2,'o') arg(3,'e') arg(4,'o')
  arg a, bb, c
  say a '['bb']' c
  return
