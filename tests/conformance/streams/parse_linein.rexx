/* PARSE LINEIN and LINEIN() read standard input */
parse linein a b rest
say a '/' b '/' rest
line = linein()
say 'linein:' line
say 'lines left' lines()
say '[' || linein() || ']'
