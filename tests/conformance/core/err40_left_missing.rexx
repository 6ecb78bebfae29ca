/* LEFT needs a length */
say left('abc', 1)
say left('abc')
