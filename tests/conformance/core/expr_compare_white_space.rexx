/* non-strict comparison strips white space, not only blanks, unless OPTIONS STRICT_WHITE_SPACE_COMPARISONS (trip test stats.rexx) */
say ('09'x = '') ('0a'x = '') ('0d'x = '') ('0b'x = '') ('0c'x = '') ('a'||'09'x = 'a') ('09'x||'a' = 'a') ('a'||'0a'x||'b' = 'a b')
options strict_white_space_comparisons
say ('09'x = '') ('0a'x = '')
