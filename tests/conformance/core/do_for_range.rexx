/* DO name = a FOR n and DO name = a TO b FOR n [BY c]: passes, the control variable after */
do j = 1 for 5; call charout , j' '; end; say '| after:' j
do j = 1 for 0; say 'never'; end; say 'for 0 after:' j
do j = 3 for 4 by 2; call charout , j' '; end; say '| after:' j
do j = 1 to 10 for 3; call charout , j' '; end; say '| to+for (for ends) after:' j
do j = 1 to 3 for 10; call charout , j' '; end; say '| to+for (to ends) after:' j
do j = 1 to 7 by 3 for 10; call charout , j' '; end; say '| to+by+for after:' j
do j = 1 by 3 to 7 for 2; call charout , j' '; end; say '| by+to+for after:' j
do j = 1 for 3 to 2; call charout , j' '; end; say '| for+to after:' j
do j = -5 for 4; call charout , j' '; end; say '| negative start after:' j
do j = 10 for 3 by -1; call charout , j' '; end; say '| by -1 after:' j
do j = 1 for 3 by 0; call charout , j' '; end; say '| by 0 after:' j
do j = 1.5 for 3; call charout , j' '; end; say '| non-whole start after:' j
do j = 1 for 3.0; call charout , j' '; end; say '| for 3.0 after:' j
do j = 1 for '  2 '; call charout , j' '; end; say '| for blanks after:' j
/* the control variable changed in the body */
do j = 1 for 5; call charout , j' '; if j = 2 then j = 10; end; say '| changed after:' j
do j = 1 to 20 for 5; call charout , j' '; if j = 2 then j = 15; end; say '| changed to+for after:' j
do j = 1 for 5; call charout , j' '; j = j + 1; end; say '| stepped after:' j
do j = 1 for 3; call charout , j' '; if j = 3 then j = 'x'; if j = 'x' then leave; end
say '| leave after x:' j
/* LEAVE and ITERATE */
do j = 1 for 10; if j = 4 then leave; call charout , j' '; end; say '| leave after:' j
do j = 1 for 6; if j // 2 = 0 then iterate; call charout , j' '; end; say '| iterate after:' j
do i = 1 for 3; do j = 1 for 3; if j = 2 then iterate i; if i = 3 then leave i; call charout , i'.'j' '; end; end
say '| nested after:' i j
/* sums, stems, calls in the body */
s = 0; do k = 1 for 100000; s = s + k; end; say 'sum:' s k
a. = 0; do k = 1 for 5; a.k = k * k; end; say 'stem:' a.1 a.3 a.5 k
t = 0; do k = 1 for 4; t = t + sq(k); end; say 'calls:' t k
n = 3; do k = 2 for n; n = n + 1; call charout , k' '; end; say '| for evaluated once:' n k
/* near DIGITS */
numeric digits 3
do j = 995 for 3; call charout , j' '; end; say '| near digits after:' j
do j = 990 for 20 by 5; call charout , j' '; end; say '| past digits after:' j
numeric digits 9
do j = 999999998 for 3; call charout , j' '; end; say '| past 9 digits after:' j
signal on syntax name neg
do j = 1 for -1; say 'never'; end
neg:
say 'negative FOR:' rc condition('D') sigl
signal on syntax name frac
do j = 1 for 2.5; say 'never'; end
frac:
say 'non-whole FOR:' rc condition('D') sigl
signal on syntax name word
do j = 1 for 'x'; say 'never'; end
word:
say 'word FOR:' rc condition('D')
do j = 1 for 2.5; end
exit
sq: return arg(1) * arg(1)
