/* x**2, x**3, x**4 with a literal power, in loops (generated code) and at the edges:
   within and beyond DIGITS, negative bases, 0**0, decimals, text bases, NUMERIC DIGITS 5
   (values whose result differs between one rounding and Regina's two), errors 26 and 42 */
signal on syntax
do k = 1 to 2
  say 0**0 0**2 1**4 (-1)**3 (-2)**2 (-2)**3 (-7)**4 ' 12 '**2 '+5'**3
  x = 2.5; say x**2 x**3 x**4 (-x)**3 0.1**4 1E3**2
  do i = 31620 to 31624; say i i**2 i**3 i**4 (-i)**3; end
  do i = 999999997 to 999999999; say i**2 i**3 i**4; end
end
numeric digits 5
do k = 1 to 2
  say 316**2 317**2 99999**2 (-99999)**3 11111**4
  do i = 1005 to 1009; say i i**2; end
  do i = 120 to 124; say i i**3; end
  do i = 125 to 128; say i i**4; end
  say 152**4 164**4 149**3 163**3 1043**2 1057**2
end
numeric digits 9
n = 'abc'
do i = 1 to 2
  call tryit 'say n**2'
  call tryit 'say 1E+999999999**2'
  call tryit 'say 2**2.5'
  call tryit 'say 1E-999999999**4'
end
exit
tryit:
  interpret arg(1)
  return
syntax:
  say 'Error' rc errortext(rc) 'line' sigl
  signal on syntax
  return
