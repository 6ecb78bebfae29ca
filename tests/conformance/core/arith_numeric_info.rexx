/* DIGITS() FUZZ() FORM() follow NUMERIC */
say digits() fuzz() form()
numeric digits 15
numeric fuzz 2
numeric form engineering
say digits() fuzz() form()
call sub
say 'after call:' digits() fuzz() form()
exit
sub:
  numeric digits 4
  say 'in sub:' digits() fuzz() form()
  return
