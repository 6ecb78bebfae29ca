/* Comparing strings that are not numbers, and strings that look like numbers */
say 'apple' < 'banana'
say 'Apple' < 'apple'
say ('10' < '9') ('10' << '9')
say ('1.0' = '1') ('1.0' == '1')
say (' 1 ' = '1') (' 1 ' == '1')
say ('abc ' = 'abc') ('abc ' == 'abc')
say '2e1' = '20'
say '0x10' = '16'
say '1,000' > '999'
say '-1' < '0'
say '- 1' = '-1'
say 'a b' = 'a  b'
say ' - 1 ' = -1
say '1e' = '1E'
