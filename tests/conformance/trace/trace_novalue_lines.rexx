/* TRACE I: an unset compound's >L> line comes before NOVALUE's handler runs, and an unset
   variable of UPPER shows its name before NOVALUE too (Regina); an unset compound operand of
   arithmetic shows its >L>, then Error 41 */
trace i
call try "say b.1"
call try "i = 1; say b.i"
call try "upper yy"
call try "upper c.i"
call try "say b.1 + 1"
call try "say 2 * b.i"
trace r
call try "say b.1"
call try "say b.1 + 1"
exit
try:
  signal on syntax name bad
  signal on novalue name nv
  interpret arg(1)
  return
bad:
  say 'Error' rc
  return
nv:
  say 'NOVALUE' condition('D')
  return
