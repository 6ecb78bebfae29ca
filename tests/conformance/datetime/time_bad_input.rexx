/* TIME with an input that does not match its format */
say time('M', '10:00:00', 'N')
say time('M', '25:00:00', 'N')
