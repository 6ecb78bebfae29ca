/* ERRORTEXT with a negative number */
say errortext(42)
say errortext(-1)
