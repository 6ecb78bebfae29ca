/* Error 25 (and 19, 20, 21) show a string operand that is no keyword by its value, without
   quotes, and a hex or binary string as written less its last two characters, as Regina */
call try "numeric form 'ENGINEERING'"
call try "numeric form 'a''b'"
call try "numeric form '41'x"
call try "numeric form ''"
call try "call on '41'x"
call try "nop '0100 0001'b"
call try "signal on error name '41'X"
call try "numeric form engineer"
interpret "numeric form 'Scientific'"
exit

try:
  signal on syntax
  interpret arg(1)
  return
syntax:
  say rc condition('D')
  return
