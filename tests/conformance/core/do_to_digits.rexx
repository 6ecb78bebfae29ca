/* DO ... TO at a small NUMERIC DIGITS: the control variable is compared with the TO value
   as written (10005 is not rounded to 1.001E+4), so these loops stop where Regina's do */
numeric digits 4
do j = 9990 to 10005 by 5; say 'a' j; end
say 'after a:' j
do j = 9990 to 10015 by 5; say 'b' j; end
say 'after b:' j
t = 10005
do j = 9990 to t by 5; say 'c' j; end
do j = 9990 to '10005' by 5; say 'd' j; end
do j = 9990 to 10005 + 0 by 5; say 'e' j; end      /* an operation rounds: 1.001E+4 */
do j = -9990 to -10005 by -5; say 'f' j; end
say 'after f:' j
do j = 10005 to 10005; say 'never' j; end
say 'after g:' j
do j = 1 to 100049 by 50000; say 'h' j; end
