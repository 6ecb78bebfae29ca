/* C2X and X2C */
say c2x('abc') c2x('0123'x) c2x('') c2x(' ')
say x2c('616263') x2c('61 62 63') (x2c('f') == '0f'x) (x2c('') == '')
say x2c('4a4B4c')
say c2x(x2c('1'))
