/* PROCEDURE EXPOSE of a stem and one of its tails (trip test stats.rexx) */
test.X.B = 5; test.1 = 'one'
call p
say test.X.B test.2 test.new
exit
p: procedure expose test. test.X.B
say test.X.B test.1
test.X.B = 6; test.2 = 'two'; test.new = 'n'
call q
return
q: procedure expose test.X.B test.
say 'q' test.X.B test.2
test.X.B = 7
return
