/* D2C of a negative number without a length */
say c2x(d2c(-1, 1))
say d2c(-1)
