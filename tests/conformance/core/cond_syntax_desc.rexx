/* CONDITION('D') for SYNTAX and a trap that continues */
signal on syntax name trap1
say substr('abc', 0)
exit
trap1:
  say 'rc' rc 'line' sigl
  say 'desc [' || condition('D') || ']'
  signal on syntax name trap2
  x = copies('ab', -1)
  exit
trap2:
  say 'rc' rc 'line' sigl
  say 'desc [' || condition('D') || ']'
  exit
