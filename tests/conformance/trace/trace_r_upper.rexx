/* TRACE R and UPPER: each variable's new value (>V>), an unset one's name as written (>L>),
   each time the clause runs, as TRACE I shows them (but no derived name) */
trace r
a = 'mixed Case'; b.1 = 'tail one'; i = 1
upper a b.i
do 2
  upper a
  a = a'x'
end
upper zz c.1 d.i
say a b.1 zz
drop a
upper a
upper a
say a
