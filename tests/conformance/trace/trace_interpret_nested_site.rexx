/* TRACE I: the clauses of an interpreted string, also of one interpreted inside another and
   the WHEN / OTHERWISE / END of a SELECT in it, are shown as the program's INTERPRET clause */
trace i
interpret 'interpret "say 1"; say 2'
interpret 'do 1; interpret "say 3"; end'
interpret "interpret 'do 2; say 4; end'"
interpret 'select; when 1 = 2 then nop; when 1 then say "w"; otherwise nop; end'
interpret 'select; when 0 then nop; otherwise say "o"; end'
interpret 'interpret "select; when 0 then nop; otherwise; end"'
signal on syntax
interpret 'select; when 0 then nop; end'
syntax:
say 'error' rc 'line' sigl
