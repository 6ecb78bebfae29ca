/* Adding zero normalises a number */
list = '007 +7 -7 7.0 7.000 .7 7. 0.0 -0.0 1e2 1.5E+3 12e-1 +.5e1 0.00e5 1E+0'
do i = 1 to words(list)
  w = strip(word(list, i), , "'")
  say '['w'] ->' w + 0
end
say ' 42 ' + 0
say '-.000' + 0
