/* TRACE R in DO loops: counted, controlled, WHILE, UNTIL, LEAVE, ITERATE */
trace r
total = 0
do i = 1 to 5 by 2
  total = total + i
end
do 2
  total = total * 2
end
j = 0
do while j < 2
  j = j + 1
end
do until j > 3
  j = j + 1
end
do k = 1 to 4
  if k = 2 then iterate
  if k = 4 then leave
  say 'k' k
end
do m = 1 for 2
  nop
end
say total j k m
