/* NUMERIC FUZZ affects numeric comparison only */
say fuzz() (1.00000001 = 1) (1.000000001 = 1)
numeric digits 5
say (1.00001 = 1) (123456 = 123457) (123456 = 123459)
numeric fuzz 1
say fuzz() (123456 = 123457) (1.00001 = 1) (1.0001 = 1)
say (100001 = 100009) (123456 > 123455) (123456 >= 123458)
say (12344 < 12346) (12344 <= 12346) (12344 \= 12346)
numeric fuzz 3
say (12345 = 12399) (12345 < 12399) (12345 == 12399) (12345 = 12355)
say 1/3 + 0
numeric fuzz
say fuzz() (12345 = 12349)
