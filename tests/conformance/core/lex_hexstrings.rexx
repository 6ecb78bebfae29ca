/* Hexadecimal strings */
say '41'x
say '41 42'x
say "414243"X
say '61 62 63'x
say length('')
say length(''x)
say '4'x == '04'x
say c2x('1 02 03'x)
say c2x('abc'x)
say c2x('0 00'x)
say '41'x || '42'x
say 'abc' == '616263'x
say c2d('ff'x) c2d('0100'x)
say c2x('4 1424 03'x) c2x('F'x)
