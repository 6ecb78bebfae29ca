/* X2B with a non-hex string */
say x2b('a')
say x2b('az')
