/* NOVALUE does not fire for a stem default, nor for SYMBOL/VALUE tests */
signal on novalue
s. = 'default'
say s.7
say symbol('nothing')
i = 3
say 'about to use x.i'
say x.i
exit
novalue:
  say 'NOVALUE for' condition('D')
  exit
