/* TRUNC with a negative digit count */
say trunc(1.5, 0)
say trunc(1.5, -1)
