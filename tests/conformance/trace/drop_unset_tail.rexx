/* TRACE I: DROP shows a compound's derived name (>C>) unless every variable of its tail is unset */
trace i
k = 1
drop a.k
drop a.j
drop a.k.j
j = 2
drop a.j
drop a.q a.j
k = 'K'
drop a.k b.q.r
say a.q
