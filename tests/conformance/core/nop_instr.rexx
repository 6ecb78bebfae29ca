/* NOP */
nop
if 1 then nop
else say 'no'
select
  when 0 then say 'no'
  otherwise nop
end
say 'nop done'
