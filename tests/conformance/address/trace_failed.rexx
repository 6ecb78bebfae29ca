/* Failed commands are traced with the clause indented by its depth */
do i = 1 to 1
  'exit 3'
  do j = 1 to 1
     'exit 4'
  end
end
call sub
x = f()
trace e
'exit 5'
trace f
'exit 6'
trace o
'exit 7'
say 'rc' rc
trace n
address command 'no_such_program_conformance_xyz'
exit
sub: procedure
  'exit 9'
  call sub2
  return
sub2:
  if 1 then 'exit 8'
  select
    when 1 then do; 'exit 10'; end
  end
  return
f:
  do 2   /* the second trace of the same line has no line number */
    'exit 11'
  end
  return 1
