/* Strict comparisons */
say (1 == 1.0) ('1' == '1') ('a' == 'a ') (' a' == 'a')
say (1 \== 1.0) ('a' \== 'a')
say ('a' >> 'b') ('b' >> 'a') ('a ' >> 'a')
say ('a' << 'b') ('ab' << 'abc') ('abc' << 'ab')
say ('a' >>= 'a') ('a' <<= 'a') ('b' >>= 'a') ('b' <<= 'a')
say (2 >> 10) (2 > 10)
say ('' == '') ('' == ' ')
say ('A' << 'a')
say 'abc' == 'abc'
say 'abc' \== 'abc '
say 10 >> 9
say 10 > 9
say '10' <<= '9'
