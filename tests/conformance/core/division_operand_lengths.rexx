/* Division with operands of different digit counts around the first partial dividend's
   boundary (the dividend's leading digits just below, equal to and above the divisor's). */
numeric digits 30
say 1/3 10/3 99/100 100/99 12345/12346 12346/12345 123456789/12345 12345/123456789
say 999999999999/1000000000000 1000000000000/999999999999 7/7000000000000000000000001
numeric digits 200
a = copies(7, 150); b = copies(3, 90) || 1
say a/b
say b/a
say (a+1)/a
numeric digits 9
say 2/3 1/7 22/7 355/113 1e5/3 0.001/7 7/0.0001
