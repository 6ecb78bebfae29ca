/* D2X of a negative number without a length */
say d2x(-1, 2)
say d2x(-1)
