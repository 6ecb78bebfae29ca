/* PROCEDURE EXPOSE reads a tail in the new pool, as exposed so far (trip test stats.rexx):
   in 'expose bar.b b foo.b', bar.b is BAR.B and foo.b is FOO.1 */
bar.1 = 'oops'; foo.1 = 'yupp'; foo.b = 'nope'; bar.B = 'bar b'
b = 1
call checkit
exit
checkit: procedure expose bar.b b foo.b
  say bar.1 '|' foo.1 '|' b
  say symbol('BAR.B') symbol('FOO.B')
  return
