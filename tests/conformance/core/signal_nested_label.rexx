/* A label inside a DO, IF or SELECT (also one written between THEN / ELSE / WHEN's
   THEN and its instruction) is no target: SIGNAL to it, SIGNAL VALUE and a SIGNAL ON
   trap naming it are Error 16.2, CALL, a function call and CALL ON are 16.3 (Regina's
   texts); a label not there at all is 16.1 */
n = 0
next:
n = n + 1
signal on syntax name caught
select
  when n = 1 then signal in_do
  when n = 2 then signal value 'IN_' || 'LOOP'
  when n = 3 then call in_do
  when n = 4 then say in_loop()
  when n = 5 then do
    signal on novalue name in_select
    say undefined_variable
  end
  when n = 6 then do
    call on error name in_if
    'exit 3'
  end
  when n = 7 then do
    signal on error name in_if
    'exit 4'
  end
  when n = 8 then signal after_then
  when n = 9 then call after_else
  when n = 10 then signal after_when
  when n = 11 then signal missing_label
  otherwise signal done
end
say 'not reached' n
exit 1

caught:
say n':' 'rc' rc 'line' sigl condition('D')
signal next

done:
say 'a label after THEN / ELSE / WHEN runs as a clause:'
trace l
if n > 0 then after_then: say 'then'
if n < 0 then nop
else after_else: say 'else'
select
  when n > 0 then after_when: say 'when'
end
trace o
say 'and a SIGNAL ON SYNTAX trap naming a label inside OTHERWISE:'
signal on syntax name in_otherwise
say 1 + 'a'
exit 0

do i = 1 to 2
in_do:
end
do forever
in_loop:
  leave
end
select
  when 0 then nop
  otherwise
in_otherwise:
  nop
end
if 1 then do
in_if:
end
select
  when 1 then do
in_select:
  end
end
