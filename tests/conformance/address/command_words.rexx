/* How ADDRESS COMMAND splits its words: quotes group, backslash escapes, no shell */
address command
'printf [%s] "a   b" c'
say
"printf [%s] 'single quoted' x"
say
'printf [%s] "a\"b" a\ b'
say
'printf [%s] a""b "" end'
say
'printf [%s] "unterminated quote'
say
'printf [%s]' || '09'x || 'tab'
say
'   printf [%s]   spaced    words   '
say
