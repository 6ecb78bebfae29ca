/* Labels between THEN / ELSE / WHEN and the instruction, inside loops the code generator
   makes and under TRACE A / R: shown as clauses, the instruction after them traced with its
   own text */
s = 0
do i = 1 to 6
  if i // 2 then odd: s = s + i
  else even: s = s - 1
  select
    when i = 3 then three: s = s * 2
    when i > 4 then big: nop
    otherwise nop
  end
end
say s
trace a
do i = 1 to 2
  if i = 1 then first: say 'first' i
  else second: ; say 'second' i
end
trace r
select
  when s > 0 then positive: x = s + 1
end
say x
