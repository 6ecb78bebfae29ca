/* A syntax error is found before anything runs */
say 'this line is never printed'
x = 1
if x = 1 then say 'yes'
else else say 'no'
