/* FORMAT with too few places before the point */
say format(-0.1, 2, 1)
say format(-0.1, 1, 1)
