/* range loops whose body leaves the control variable alone: LEAVE, ITERATE, the value after */
s = 0
do i = 1 to 10
  if i = 3 then iterate
  if i = 8 then leave
  s = s + i
end
say 'leave:' i s
do i = 1 to 5
  nop
end
say 'after:' i
do i = 7 to 3
  say 'never'
end
say 'empty:' i
do i = 2 to 20 by 6
  s = s i
end
say 'by:' i s
/* a stem that does not exist when the loop starts */
do j = 1 to 4
  new.j = j * j
end
say 'new:' new.1 new.2 new.3 new.4 new.5
/* unset tails: the stem's default, or the compound's name */
dflt. = 'd'
dflt.2 = 'two'
do k = 1 to 3
  say 'dflt:' dflt.k nodef.k
end
/* nested loops: the outer variable read inside the inner body */
t = ''
do a = 1 to 3
  do b = a to 3
    m.a.b = a * b
    t = t || a || b
  end
end
say 'nested:' t a b m.2.3
/* a named LEAVE / ITERATE of the outer loop */
t = ''
do a = 1 to 4
  do b = 1 to 4
    if b = 3 then iterate a
    if a = 3 then leave a
    t = t a || '.' || b
  end b
end a
say 'named:' t a b
/* RETURN out of a loop in a routine */
say 'found:' find(5)
say 'i after find:' i
/* a body with a pure built-in */
w = ''
do i = 1 to 3
  w = w || left(i, 2, '*') || copies('-', i)
end
say 'builtins:' w i
exit

find: procedure
  do i = 1 to 10
    if i * i > arg(1) * 4 then return i
  end
  return 'none'
