/* TRACE A shows every clause before it runs */
trace a
x = 5
if x = 5 then
  say 'five'
else
  say 'other'
do 2
  nop
end
say 'end'
