/* Binary strings */
say '0100 0001'b
say '01000001 01000010'b
say c2x('1'b)
say c2x('11111111'b)
say c2x('1 0000 0000'b)
say c2x(''b)
say '0110 0001'B == 'a'
say length('0000 0001 0000 0010'b)
say c2x('101'b)
