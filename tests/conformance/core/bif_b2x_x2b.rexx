/* B2X and X2B */
say b2x('11000011') b2x('10111') b2x('0') b2x('1 1111 0000')
say b2x('') b2x('000000001')
say x2b('C3') x2b('7') x2b('0 F') x2b('') x2b('1f')
say x2b(b2x('101'))
