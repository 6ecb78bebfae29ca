/* An invalid hexadecimal constant */
say 'start'
x = '4G'x
