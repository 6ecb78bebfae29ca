/* PULL takes from the queue first, then from standard input */
queue 'queued line'
parse pull a
say 'got:' a
parse pull b
say 'got:' b
say 'queued:' queued()
queue 'another'
parse pull c
say 'got:' c
parse pull d
say 'got:' d
parse pull e
say 'at eof: [' || e || ']'
