/* TRACE I of UPPER: an unset variable shows its name (>L>) and stays unset */
trace i
upper a c.1
i=1
upper d.i
upper a
say a c.1 d.1
b.1 = 'x'; d.1 = 'y'; a = 'z'
upper a b.1 d.i
say a b.1 d.1
