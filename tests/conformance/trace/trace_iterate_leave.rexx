/* TRACE R: ITERATE and LEAVE show the DO clause again (ITERATE one level in, then END) */
trace r
do i = 1 to 2
  do j = 1 to 2
    if j = 1 then iterate i
    say 'no'
  end
end
do k = 1 to 2
  do
    if k = 2 then iterate
    nop
  end
end
do 2
  iterate
end
do n = 1 to 3
  if n = 2 then leave
end
do while 1
  do
    leave
  end
end
