/* CENTER with a negative length */
say center('abc', 5)
say center('abc', -2)
