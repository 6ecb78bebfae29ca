/* How Regina quotes what ends a clause too early: the blanks after a term as written, a
   keyword out of its place without its blanks (VALUE after NUMERIC FORM's or TRACE's word
   keeps them), SIGNAL VALUE with no expression, IF with no condition */
call try 'do forever; leave a  x; end'
call try 'do forever; iterate a' || '09'x || 'x; end'
call try 'do a = 1 to 2; end a   b'
call try 'signal lab   x'
call try 'signal "lab"  x'
call try 'signal on error name x  y'
call try 'nop value  x'
call try 'nop say  x'
call try 'signal on error value  y'
call try 'numeric form scientific on  x'
call try 'numeric form scientific value  x'
call try 'trace a value  b'
call try 'procedure value  x'
call try 'signal value   ;'
call try 'if ; then nop'
call try 'if /* c */ ; then nop'
call try 'if then nop'
exit
try:
  signal on syntax
  interpret arg(1)
  say 'no error:' arg(1)
  return
syntax:
  say rc'.'condition('E') '['condition('D')']'
  return
lab:
  say 'at lab'
  return
