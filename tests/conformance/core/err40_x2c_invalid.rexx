/* X2C with an invalid hex string */
say x2c('41')
say x2c('4G')
