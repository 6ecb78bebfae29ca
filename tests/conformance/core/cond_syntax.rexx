/* SIGNAL ON SYNTAX catches runtime errors */
signal on syntax
say 'before'
x = 1 + 'abc'
say 'not reached'
exit
syntax:
  say 'SYNTAX at line' sigl 'rc' rc
  say 'errortext' errortext(rc)
  say condition('C') '/' condition('I') '/' condition('S')
  say 'sourceline' sourceline(sigl)
  exit 0
