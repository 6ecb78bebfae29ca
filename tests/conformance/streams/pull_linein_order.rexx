/* PULL from an empty queue, PARSE LINEIN and LINEIN() all read the same standard input */
queue 'queued line'
pull a
say 'pull (queue):' a
pull b
say 'pull (stdin):' b
parse linein c
say 'parse linein:' c
say 'linein:' linein()
parse pull d
say 'parse pull:' d
say 'lines' lines()
pull e
say 'at end: [' || e || ']' queued()
call on notready
parse linein f
say 'after parse linein at end [' || f || ']'
exit
notready:
  say 'NOTREADY' condition('D')
  return
