/* DROP variables, compounds, stems and indirect lists */
a = 1; b = 2; c = 3
drop a
say a b c
drop b c
say a b c
s.1 = 'one'; s.2 = 'two'
drop s.1
say s.1 s.2
s.3 = 'three'
drop s.
say s.2 s.3
list = 'x y'
x = 'ex'; y = 'why'; z = 'zed'
drop (list) z
say x y z list
drop never_set
say never_set
t. = 'default'
t.1 = 'set'
drop t.1
say t.1 t.2
i = 2; u.2 = 'u2'
drop u.i
say u.2
v = 'vv'; w = 'v'
drop (w)
say v w
