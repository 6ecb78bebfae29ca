/* An invalid binary constant */
x = '0102'b
