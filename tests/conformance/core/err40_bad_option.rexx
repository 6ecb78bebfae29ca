/* An option letter that is not allowed */
say strip('  x  ', 'B')
say strip('  x  ', 'Q')
