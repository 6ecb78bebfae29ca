/* SYMBOL needs exactly one argument */
say symbol('a')
say symbol()
