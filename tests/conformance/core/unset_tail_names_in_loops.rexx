/* unset tails are their names */
p.w = 3; p.x = 'a'; q. = 'dflt'
do i = 1 to 3
  s = p.w * i; t = p.x || i; u = q.zz; v = q.w.x
  p.new = i; q.a.b = i
end
say s t u v p.new q.a.b p.NEW q.A.B
signal on novalue
do i = 1 to 2
  say p.w q.zz q.w.x
end
w = 'X'
do i = 1 to 2
  say p.w p.x q.w.x
end
drop w
say p.w undefinedvar
