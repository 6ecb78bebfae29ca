/* A literal (string or constant symbol) used as a logical value is converted as Regina reads
   it: one that is no number is Error 41, a number other than 0 or 1 is Error 34, and the same
   values from a variable or an expression are Error 34 */
say 'left literal first:'
call try "say 'abc' & f()"
say 'right literal after the call:'
call try "say f() & 'abc'"
call try "if 'abc' then say 'then'"
call try "if ('abc') then say 'then'"
call try "if '' then say 'then'"
call try "if 1abc then say 'then'"
call try "if 'ab'x then say 'then'"
call try "say \ 'abc'"
call try "say 1 | 'abc'"
call try "say 0 && 'abc'"
call try "do while 'abc'; end"
call try "do until 'abc'; end"
call try "select; when 'abc' then nop; end"
call try "if '2' then say 'then'"
call try "if '1.0' then say 'then'"
call try "say \'2'"
call try "x = 'abc'; if x then say 'then'"
call try "if 'abc' || '' then say 'then'"
call try "if 'abc' = 1 then say 'then'; else say 'else'"
call try "if ' 1 ' then say 'then'"
call try "say \' 0 ' (' 01 ' & 1)"
say 'a literal in a loop:'
do i = 1 to 3
  signal on syntax name in_loop
  if i < 3 then iterate
  if i & 'x' then say i       /* 3 is checked first: Error 34 */
end
in_loop:
say 'Error' rc 'on line' sigl
do i = 1 to 3
  signal on syntax name in_loop2
  if i > 1 then iterate
  if i & 'x' then say i
end
in_loop2:
say 'Error' rc 'on line' sigl
say 'select on several lines:'
signal on syntax name in_select
x = 'abc'
select
  when 0 then nop
  when x then nop
end
in_select:
say 'Error' rc 'on line' sigl
say 'not run:'
if 0 then if 'abc' then say 'no'
say 'done'
exit

try:
  parse arg clause
  signal on syntax name bad
  interpret clause
  return
bad:
  say left(clause, 45) 'Error' rc errortext(rc)
  return

f:
  say '  f called'
  return 1
