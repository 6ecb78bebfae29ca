/* X2D with an invalid hex string */
say x2d('ff')
say x2d('fg')
