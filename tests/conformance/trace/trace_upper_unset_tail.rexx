/* TRACE I: UPPER of a compound whose tail has an unset variable shows no derived name (>C>)
   and makes later constant tails show none either, as in Regina; with the variable set it
   shows the name */
trace i
x.1 = 1
b.K = 'seven'
upper b.k
say x.1 b.k
k = 'K'
upper b.k
say x.1 b.k
upper b.j
say x.1
drop k
upper b.k
say x.1 b.k
