/* TRACE I with PARSE, DO loops and SELECT */
trace i
parse value 'one two three' with a b c
do i = 1 to 2
  select
    when i = 1 then say a
    otherwise say b
  end
end
call sub 'x y'
exit
sub:
  parse arg p q
  return
