/* A non-whole exponent */
say 2 ** 2
say 2 ** 0.5
