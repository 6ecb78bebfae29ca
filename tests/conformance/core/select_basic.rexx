/* SELECT WHEN OTHERWISE */
do i = 1 to 4
  select
    when i = 1 then say 'one'
    when i = 2 then do
      say 'two'
      say 'still two'
    end
    when i = 3 then nop
    otherwise
      say 'other' i
      say 'otherwise takes several clauses'
  end
end
x = 5
select
  when x > 3 then say 'first true when wins'
  when x > 4 then say 'not this'
  otherwise say 'nor this'
end
select
  when x = 5 then select
      when x // 2 = 1 then say 'nested odd'
      otherwise say 'nested even'
    end
  otherwise nop
end
select; when 1 then say 'one line'; end
select
  when 0 then say 'no'
  otherwise
end
say 'empty otherwise ok'
