/* B2X with a non-binary string */
say b2x('0101')
say b2x('0121')
