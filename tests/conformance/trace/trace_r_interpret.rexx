/* TRACE R with INTERPRET: multi-clause strings, DO inside, a call */
trace r
n = 3
interpret 'a = n * 2; b = a + 1'
interpret 'do i = 1 to 2; say i a; end'
code = 'call show b'
interpret code
exit
show: say 'show' arg(1); return
