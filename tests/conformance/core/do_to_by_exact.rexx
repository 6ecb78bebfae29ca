/* DO TO and BY at a small NUMERIC DIGITS keep every digit of their value: a literal, a
   variable and a prefix + or - (any chain of them) are not rounded to DIGITS; the result of
   an operation is. The start value and a FOR count are rounded. */
numeric digits 4
x = 10005; s = 11995; p = '+10005'; b = ' 10005 '; d = '10005.0'
call count 'literal',  10005
n = 0; do j = 9990 to 10005 by 5; n = n + 1; end; say 'literal' n j
n = 0; do j = 9990 to x by 5; n = n + 1; end; say 'x' n j
n = 0; do j = 9990 to +x by 5; n = n + 1; end; say '+x' n j
n = 0; do j = 9990 to (+x) by 5; n = n + 1; end; say '(+x)' n j
n = 0; do j = 9990 to -(-x) by 5; n = n + 1; end; say '-(-x)' n j
n = 0; do j = 9990 to -(+(-x)) by 5; n = n + 1; end; say '-(+(-x))' n j
n = 0; do j = 9990 to +10005 by 5; n = n + 1; end; say '+10005' n j
n = 0; do j = 9990 to -(-10005) by 5; n = n + 1; end; say '-(-10005)' n j
n = 0; do j = 9990 to +p by 5; n = n + 1; end; say '+p' n j
n = 0; do j = 9990 to +b by 5; n = n + 1; end; say '+b' n j
n = 0; do j = 9990 to +d by 5; n = n + 1; end; say '+d' n j
n = 0; do j = 9990 to +1.0005E4 by 5; n = n + 1; end; say '+1.0005E4' n j
n = 0; do j = 9990 to 10005+0 by 5; n = n + 1; end; say '10005+0' n j
n = 0; do j = 9990 to x+0 by 5; n = n + 1; end; say 'x+0' n j
n = 0; do j = 9990 to +x+0 by 5; n = n + 1; end; say '+x+0' n j
n = 0; do j = 9990 to +(x+0) by 5; n = n + 1; end; say '+(x+0)' n j
n = 0; do j = 9990 to x*1 by 5; n = n + 1; end; say 'x*1' n j
n = 0; do j = -9990 to -10005 by -5; n = n + 1; end; say '-10005' n j
n = 0; do j = -9990 to -x by -5; n = n + 1; end; say '-x' n j
do j = -4 by s for 2; end; say 'by s' j
do j = -4 by +s for 2; end; say 'by +s' j
do j = -4 by 11995 for 2; end; say 'by 11995' j
do j = -4 by -(-s) for 2; end; say 'by -(-s)' j
do j = -4 by s+0 for 2; end; say 'by s+0' j
do j = 4 by -s for 2; end; say 'by -s' j
do j = 4 by -11995 for 2; end; say 'by -11995' j
do j = -9000 by 11995 for 2; end; say 'by 11995 from -9000' j
do j = -9999 by 19998 for 2; end; say 'by 19998' j
do j = -4 by 1.1995E4 to 30000; end; say 'by 1.1995E4 to' j
do j = s by -4 for 2; end; say 'start s' j
do j = +s by -4 for 2; end; say 'start +s' j
n = 0; do j = 1 for +x; numeric digits 9; n = n + 1; numeric digits 4; end; say 'for +x' n
n = 0; do +x; numeric digits 9; n = n + 1; numeric digits 4; end; say 'count +x' n
say 'text' (+x) (-(-x)) (+p)
exit
count: procedure
  n = 0; do j = 9990 to arg(2) by 5; n = n + 1; end; say 'argument' arg(1) n j
  return
