/* / % // beyond NUMERIC DIGITS: exact quotients keep only their digits, others all */
say 1/3 2/3 10/4 1E+20/1 100/1 7/700 1/8 5/7
say 1/3*3 22/7 (-22/7) 1.50/1 12.50//1 (-7%2) (-7//2) (7//-2)
numeric digits 3
say 12345 // 100 12345 % 100 1/3 999/1000 1/1024 1234/1
numeric digits 30
say 1/7 1/97 355/113 2/3 1E-20/3
numeric digits 100
say 1/7
say 2/3
x = 2
do 8
  x = (x + 2/x) / 2
end
say x
