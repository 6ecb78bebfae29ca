/* Compounds named with a computed whole-number tail, reached by name: VALUE(), SYMBOL(),
   DROP, PROCEDURE EXPOSE and an indirect DROP list see the same variables as the text */
x. = 'none'
do i = 1 to 5
  x.i = 'item' i
end
say value('X.3') value('X.' || 2 + 2) symbol('X.5') symbol('X.6')
i = 2 + 1
call value 'X.' || i, 'changed'
say x.3 x.i
drop x.i
say symbol('X.3') x.3 '|' value('X.3')
j = 4
interpret 'say x.'j 'x.4'
names = 'X.1 X.5'
drop (names)
say x.1 x.5 x.2
call show
say 'after show:' x.2 x.7 x.8
call show2
say 'after show2:' x.2 x.4
exit
show: procedure expose x.2 x.7
  n = 1 + 1
  say 'in show:' x.n
  n = 7
  x.n = 'set inside'
  x.8 = 'local'
  return
show2: procedure expose x.
  do k = 2 to 4 by 2
    x.k = 'show2' k
  end
  drop x.4
  return
