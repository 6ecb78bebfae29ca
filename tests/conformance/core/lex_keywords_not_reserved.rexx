/* Keywords are not reserved: they can be variable names */
say = 1
say say
if = 2
say if
do = 3
say do
then = 4; else = 5; end = 6
say then else end
if if = 2 then say 'if is two'
do do = 1 to 2
  say 'do is' do
end
select = 'sel'; say select
parse = 'p'; say parse
exit = 'not an exit'
say exit
call = 'call var'; say call
return = 'r'; say return
say 'done'
