/* SIGNAL to a name that is a label only in upper case: Regina finds it */
signal value 't'||'1'
say 'not reached'
T1:
say 'at T1'
signal 't2'
say 'not reached'
t2: say 'at T2'
name = 'Three'
signal value name
three: say 'at THREE'
signal on syntax
signal value 'four '
exit
syntax:
say 'Error' rc':' condition('D')
say errortext(rc)
