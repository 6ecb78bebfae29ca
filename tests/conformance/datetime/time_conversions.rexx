/* TIME conversions with a fixed input time */
t = '13:45:00'
say time('N', t, 'N')
say time('C', t, 'N')
say time('H', t, 'N')
say time('M', t, 'N')
say time('S', t, 'N')
say time('L', t, 'N')
say time(, t, 'N')
say time('N', '49500', 'S')
say time('N', '825', 'M')
say time('N', '13', 'H')
say time('N', '1:45pm', 'C')
