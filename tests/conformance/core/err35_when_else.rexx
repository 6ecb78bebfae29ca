/* ELSE after WHEN where THEN is expected: Error 35 */
select
  when 1
  else nop
end
