/* A normal comparison of an unset compound with NOVALUE trapped: Regina looks it up as a
   number first, so its lines show twice before the handler runs (TRACE I: tail, derived
   name and name; TRACE R: an unset tail variable), as without the trap; a strict
   comparison, or an unset simple variable, shows nothing twice */
i = 1
do t = 1 to 2
  trace value word('i r', t)
  call try 1
  call try 2
  call try 3
  call try 4
  call try 5
  trace o
end
exit

try:
  signal on novalue
  select
    when arg(1) = 1 then say b.1 > 1
    when arg(1) = 2 then say 1 < b.k
    when arg(1) = 3 then say b.i = b.1
    when arg(1) = 4 then say b.1 == 1
    otherwise say z = 1
  end
  return
novalue:
  say 'novalue' condition('D')
  return
