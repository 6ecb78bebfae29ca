/* NOVALUE is raised for an unset compound, never for an unset variable in its tail
   (Regina's trip test signal.rexx, parts novalue and drop) */
signal on novalue name snv
stem. = 'foobar'
say 'stem. set:' stem.baz stem.baz.qux
b.K = 7
say 'b.K set:' b.k
i = 2
c.i.j = 'ij'
say c.i.j c.2.J
parse value 'x y' with d.m d.n.o
say d.M d.N.O
drop no_stem.foobar no_stem.foobar.quux
say 'dropped'
upper b.k
say b.k
z. = 0
do n = 1 to 3; z.n.w = z.n.w + n; t = t.n; end
say z.1.W z.3.W t
call sub
say 'unset:' undefined.tail
say 'not here'
exit
snv:
say 'NOVALUE for' condition('D') 'at line' sigl
exit
sub:
  say 'arg:' arg(1) q.r.s
  return
