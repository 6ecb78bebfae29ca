/* NUMERIC FORM VALUE takes either word or its first letter, in any case, and nothing else,
   from a literal or a variable alike (Regina) */
forms = 'e E s S engineering Scientific ENGINEERING SCI eng Exyz SCIENTIFICx'
do i = 1 to words(forms)
  x = word(forms, i)
  call try "numeric form value x"
  call try "numeric form value '" || x || "'"
end
call try "numeric form value ' E'"
call try "numeric form value ''"
exit
try:
  signal on syntax name bad
  interpret arg(1)
  say left(arg(1), 36) form()
  return
bad:
  say left(arg(1), 36) 'Error' rc
  return
