/* Normal (numeric and padded string) comparisons */
say (1 = 1.0) ('1' = ' 1 ') (1 = '1e0') (10 = 1e1)
say (1 \= 2) (1 <> 2) (1 >< 2) (1 \= 1)
say (2 > 10) ('2' > '10') ('b' > 'a')
say (3 < 4) (3 >= 3) (3 <= 2) (4 >= 5)
say ('abc' = 'abc   ') ('  abc' = 'abc')
say ('abc' = 'ABC')
say ('a' < 'b') ('ab' < 'b') ('abc' < 'ab')
say ('' = ' ') ('' = '')
say (0.00 = 0) ('-0' = '+0')
say ('x' > ' ') ('A' < 'a')
say (1e2 = 100) ('1E2' = '100.0')
say ('abc' > 'abb')
say 1 = 1
say 1 \= 1
say 'a' <> 'b'
say 5 >= 5.0
say 5 <= 4.9
say 'ab' > 'a'
say 'a' < 'a '
