/* A logical value may be any number equal to 0, or 1 written as one 1 digit (Regina) */
signal on syntax
forms = '1 0 01 +1 1. 1e0 1E+0 0.1e1 .1e1 001. 00 -0 0.0 0e5 0.00e3 +0'
do i = 1 to words(forms)
  x = word(forms, i)
  if x then t = 'true'; else t = 'false'
  say left(x, 7) t (\x) (x & 1) (x | 0) (x && 1)
end
bad = '1.0 10e-1 100e-2 2 -1 abc 1e1'
do i = 1 to words(bad)
  x = word(bad, i)
  call try x
end
say 'while:'
x = ' 01 '
do while x
  say 'in the loop'
  x = '0.0'
end
exit
try:
  signal on syntax name bad_value
  y = arg(1)
  z = \y
  say left(y, 7) 'accepted' z
  return
bad_value:
  say left(y, 7) 'Error' rc
  return
syntax:
  say 'unexpected error' rc 'on line' sigl
  exit
