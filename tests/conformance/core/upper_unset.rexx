/* UPPER of an unset variable leaves it unset (NOVALUE is raised first), as Regina does */
upper a c.1
say symbol('A') symbol('C.1')
i=1
upper d.i
say symbol('D.1')
signal on novalue
upper e
say 'no novalue' symbol('E')
exit
novalue: say 'novalue raised' condition('D')
