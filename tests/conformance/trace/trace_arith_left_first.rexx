/* TRACE I: arithmetic converts its left operand before it evaluates the right one, so
   Error 41 comes before the right operand's lines (and a literal that is not a number shows
   no >L>) */
trace i
call try "'abc' + 1"
call try "zz * 1"
call try "1 + 'abc'"
call try "'abc' // (1+2)"
call try "-'abc' + 1"
v = 'abc'
call try "(v || 'd') - 1"
call try "2 ** 'abc'"
call try "'abc' = 1"
a = 2
x.a = x.a + 1
exit
try:
  signal on syntax name failed
  interpret 'y =' arg(1)
  return
failed:
  say 'error' rc
  return
