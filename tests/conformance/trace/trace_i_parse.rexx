/* TRACE I with PARSE templates: words, literals, positions, dots, variables */
trace i
line = 'key=value; rest of it'
parse var line k '=' v ';' tail
parse var line first . 5 mid +3 .
delim = ';'
parse var line head (delim) after
parse upper value 'mixed Case' with u1 u2
say k v tail first mid head after u1 u2
