/* WHEN without an expression: Error 35 (trip test lexical.rexx) */
select
  when
  then say 'x'
end
