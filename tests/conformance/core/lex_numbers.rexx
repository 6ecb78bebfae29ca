/* Numbers and exponents */
say 1e3 1E3 1e+3 1e-3
say 1e3 + 0
say 1.5e2 + 0
say 1e-3 + 0
say 12.5E-1 + 0
say '1e3' + 1
say ' 12 ' + 1
say '+5' + 0 '-5' + 0
say 0.0 + 0 '-0' + 0
say 00012 + 0
say 1.000 + 0
say 1.000 * 1
say 123456789 + 0
say 1234567890 + 0
say 0.5e0 + 0
say datatype('1e3') datatype('1e') datatype('e3') datatype('.') datatype('1.')
