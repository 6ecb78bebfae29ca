/* TRACE I: NUMERIC FORM's keyword shows no >L> (an expression after VALUE does), and a SELECT
   with no WHEN true and no OTHERWISE shows its END clause before Error 7 (Regina) */
trace i
numeric form engineering
say form()
numeric form scientific
numeric form value 'E' || 'NGINEERING'
say form()
numeric form value 'E'
numeric form
x = 3
select
  when x = 1 then say 'one'
  when x = 2 then say 'two'
end
