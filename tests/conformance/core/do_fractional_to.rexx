/* A counted loop up to a TO that is not a whole number: the passes stop after its floor
   where the comparison is exact (its digits within DIGITS - FUZZ), the general test where it
   is not (FUZZ), a body that changes the variable, FOR with it, LEAVE, a nest of them */
do i = 0 to 12.5; end; say i
do i = 0 to 12.5 by 3; say i; end; say i
do i = -3 to -0.5; end; say i
do i = 1 to 0.000001; end; say i
do i = -2 to 1e-99999; end; say i
do i = 1 to 2.7; i = i + 0.5; say i; end; say i
numeric digits 4
do i = 9990 to 9999.5 by 3; end; say i
do i = 1 to 12.345; end; say i
numeric digits 9
numeric fuzz 7
do i = 1 to 3.5; end; say i
do i = 1 to 2.99; end; say i
numeric fuzz 0
s = 0
do p = 0 to 10/3
  do q = 0 to 16.6666667
    do g = 0 to 12.5
      s = s + p * q + g
    end
  end
end
say s p q g
do i = 1 to 5.5 for 3; end; say i
do i = 1 to 5.5; if i = 4 then leave; end; say i
