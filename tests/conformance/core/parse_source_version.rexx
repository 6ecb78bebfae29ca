/* PARSE SOURCE and PARSE VERSION: print only the stable parts */
parse source system how name
say 'how:' how
say 'name ends in .rexx:' (right(name, 5) = '.rexx')
parse version lang level .
say 'language starts with REXX:' (left(lang, 4) = 'REXX')
say 'level:' level
call sub
exit
sub:
  parse source . how2 .
  say 'in sub:' how2
  say 'function:' f()
  return
f:
  parse source . how3 .
  return how3
