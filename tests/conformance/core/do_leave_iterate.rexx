/* LEAVE and ITERATE, with and without names */
do i = 1 to 6
  if i // 2 = 0 then iterate
  say 'odd' i
end
do i = 1 to 3
  do j = 1 to 3
    if j = 2 then iterate i
    if i = 3 then leave i
    say i j
  end j
end i
say 'after outer i =' i 'j =' j
do outer = 1 to 3
  do inner = 1 to 3
    if inner > outer then iterate outer
    if outer = 3 then leave outer
    call charout , outer'.'inner' '
  end
end
say
say 'outer' outer
do k = 1 to 3
  select
    when k = 2 then iterate
    otherwise say 'k' k
  end
end
