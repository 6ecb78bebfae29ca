/* VALUE with a name that is not a symbol */
say value('abc')
say value('a b')
