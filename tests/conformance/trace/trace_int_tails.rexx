/* TRACE I shows a compound whose tail variable holds a computed whole number by its
   derived name, as one with a text tail */
a. = 0
k = '3'
a.k = 10
trace i
do i = 2 to 3
  a.i = a.i + 1
end
j = 1 + 2
say a.j a.3
drop a.j
say a.3
