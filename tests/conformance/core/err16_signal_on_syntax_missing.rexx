/* SIGNAL ON SYNTAX whose label is missing: the error becomes Error 16 */
signal on syntax name nolabel
say 'a'
say condition('S')
x = 1 + 'a'
