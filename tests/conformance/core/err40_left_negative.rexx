/* LEFT length must be non-negative */
say left('abc', 2)
say left('abc', -1)
