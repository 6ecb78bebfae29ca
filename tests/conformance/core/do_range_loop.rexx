/* Counted loops the code generator runs as a Python range: the body changing the control
   variable (directly, by a CALL, DROP, to an equal value, to a non-number), ITERATE, LEAVE,
   nested loops, no pass, and values that reach NUMERIC DIGITS */
do j = 1 to 10; if j = 3 then j = j + 2; say 'a' j; end; say 'after a' j
do j = 1 to 10 by 3; if j = 4 then iterate; say 'b' j; end; say 'after b' j
do j = 1 to 10; if j = 4 then leave; end; say 'after c' j
do j = 5 to 4; say 'never'; end; say 'after d' j
do j = 1 to 5; if j = 2 then do; j = 2; end; end; say 'after e' j
do j = 1 to 5; if j = 3 then drop j; else nop; if symbol('j') = 'LIT' then j = 4; end; say 'after g' j
do j = 1 to 6; call bump; end; say 'after h' j
do i = 1 to 3; do j = i to 3; if j = 2 then iterate i; say 'n' i j; end; end; say 'after n' i j
numeric digits 4
do j = 9990 to 9999 by 3; say 'p' j; end; say 'after p' j
do j = 9990 to 10005 by 5; say 'q' j; end; say 'after q' j
do j = 1 to 3; j = j + 0.5; say 'r' j; end; say 'after r' j
do j = 1 to 3; if j = 2 then j = '2'; say 's' j; end; say 'after s' j
do j = 1 to 3; if j = 3 then iterate; j = j; end; say 'after t' j
do j = 1 to 9; if j = 7 then j = 9999; end; say 'after u' j
do j = 1 to 5; if j = 5 then j = "x"; end
exit
bump: if j = 2 then j = 4; return
