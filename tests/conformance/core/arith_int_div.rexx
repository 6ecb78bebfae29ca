/* Integer division and remainder, with signs and decimals */
do a = -7 to 7 by 7
  do b = -2 to 2 by 4
    say a b a % b a // b
  end
end
say 10 % 3 10 // 3
say 10.5 % 3 10.5 // 3
say 3.6 // 1 (-3.6 // 1)
say 2 % 3 2 // 3
say 1e5 % 7 1e5 // 7
say 0.5 % 0.2 0.5 // 0.2
