/* Negative and fractional steps, FOR limiting iterations */
do i = 5 to 1 by -1; call charout , i; end; say
do i = 1 to -1 by -0.5; call charout , i' '; end; say
do i = 10 by -3 for 4; call charout , i' '; end; say
do i = 1 to 10 by 2 for 3; call charout , i' '; end; say
do i = 0 to 1 by 0.25; call charout , i' '; end; say
do i = 1e1 to 12; call charout , i' '; end; say
do i = '  3 ' to 4; call charout , '['i']'; end; say
