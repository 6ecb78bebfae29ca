/* D2X and X2D */
say d2x(9) d2x(129) d2x(255) d2x(256) d2x(0)
say d2x(-127, 2) d2x(127, 4) d2x(-1, 4) d2x(12, 1) d2x(-1, 1)
say x2d('0E') x2d('81') x2d('F81') x2d('FF81') x2d('c6f0')
say x2d('81', 2) x2d('81', 4) x2d('F081', 4) x2d('F081', 3) x2d('C6F0', 2) x2d('F0', 0)
say x2d('') x2d('1 00') x2d('ff ff')
say d2x(65535) d2x(4294967295)
