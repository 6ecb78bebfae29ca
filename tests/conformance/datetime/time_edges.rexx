/* TIME conversions at midnight and noon */
say time('C', '00:00:00', 'N') time('C', '00:30:00', 'N')
say time('C', '12:00:00', 'N') time('C', '12:59:59', 'N') time('C', '23:59:59', 'N')
say time('N', '12:00am', 'C') time('N', '12:00pm', 'C') time('N', '11:59pm', 'C')
say time('H', '10:59:59', 'N') time('M', '10:59:59', 'N') time('S', '23:59:59', 'N')
say time('S', '00:00:00', 'N') time('M', '00:00:00', 'N')
say time('N', '0', 'S') time('N', '86399', 'S')
