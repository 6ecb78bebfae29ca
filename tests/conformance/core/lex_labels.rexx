/* Labels, labels followed by clauses on the same line, duplicate labels */
call first
call second
call dup
signal jump
say 'not reached'
jump: say 'jumped'
exit
first: say 'in first'; return
second:
third: say 'second falls into third'
  return
dup: say 'first dup'; return
dup: say 'second dup'; return
