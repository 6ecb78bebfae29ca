/* Convert numbers to Roman numerals and back */
do n = 1 to 15
  call charout , roman(n)' '
end
say
list = '1984 2024 3999 444 90'
do i = 1 to words(list)
  n = word(list, i)
  r = roman(n)
  say right(n, 5) '->' left(r, 12) '->' unroman(r)
end
exit
roman: procedure
  arg n
  values = '1000 900 500 400 100 90 50 40 10 9 5 4 1'
  syms   = 'M CM D CD C XC L XL X IX V IV I'
  r = ''
  do i = 1 to words(values)
    v = word(values, i)
    do while n >= v
      r = r || word(syms, i)
      n = n - v
    end
  end
  return r
unroman: procedure
  arg r
  map. = 0
  map.I = 1; map.V = 5; map.X = 10; map.L = 50
  map.C = 100; map.D = 500; map.M = 1000
  total = 0
  do i = 1 to length(r)
    c = substr(r, i, 1)
    d = substr(r, i + 1, 1)
    if d \= '' & map.c < map.d then total = total - map.c
    else total = total + map.c
  end
  return total
