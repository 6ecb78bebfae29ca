/* DO loops whose TO is not a whole number: a Num, a text kept as written, at DIGITS and FUZZ */
b = 25 / 0.3; n = 0
do i = 0 to b; n = n + 1; end
say b n i
do i = 0 to '12.5'; end; say i
do i = 10 to '-2.5' by -3; end; say i
do i = 1 to 9.99999999999; end; say i
numeric digits 5
do i = 99990 to 99999.5 by 3; end; say i
do i = 1 to 7.00001; end; say i
numeric fuzz 1
do i = 1 to 7.4; end; say i
do i = 1 to 7.5; end; say i
numeric digits 9; numeric fuzz 0
a = 1/3; c = 2/3
do i = 0 to a; do j = 0 to c * 3; n = n + j; end; end
say a c n i j
do k = 1 to 1e3 / 7 by 50; end; say k
