/* An unset compound as an operand of arithmetic (or of prefix - +) is Error 41 even with
   NOVALUE trapped (Regina converts the operand before it looks for a value); elsewhere it
   raises NOVALUE */
signal on novalue
call try "say b.1 + 1"
call try "say 1 + b.1"
call try "say -b.1"
call try "i = 1; say b.i * 2"
call try "say b.i.i // 2"
call try "do i = 1 to 2; x = b.i + 1; end"
call try "do i = 1 to 2; x = -b.i; end"
call try "say b.1 > 1"
call try "say b.1 || 1"
call try "say b + 1"
b. = 5
call try "do i = 1 to 2; x = b.i + b.i.i; end; say x"
exit

try:
  signal on syntax name bad
  signal on novalue name nv
  interpret arg(1)
  return
bad:
  say left(arg(1), 40) 'Error' rc
  return
nv:
  say left(arg(1), 40) 'NOVALUE' condition('D')
  return
