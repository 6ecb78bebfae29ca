/* TRUNC of a non-number */
say trunc('12.5')
say trunc('twelve')
