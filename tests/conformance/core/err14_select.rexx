/* SELECT without END */
select
  when 1 then say 'x'
