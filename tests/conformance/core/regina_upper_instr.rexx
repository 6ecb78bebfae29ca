/* Regina's UPPER instruction */
a = 'hello'; b.1 = 'World x'; i = 1
upper a b.i
say a b.1
name = 'mixed Case'; other = 'x'
upper name
say name other
upper zz
say zz
upper a a
say a
do j = 1 to 3
  w.j = 'word' j
  upper w.j
end
say w.1 w.2 w.3
signal on novalue
upper yy
say 'not reached'
exit
novalue: say 'novalue' condition('D') sigl
