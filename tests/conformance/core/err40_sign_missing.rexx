/* SIGN needs an argument */
say sign(-2)
say sign()
