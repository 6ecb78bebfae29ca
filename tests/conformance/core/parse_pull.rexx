/* PULL and PARSE PULL read the queue, then standard input */
push 'from the queue'
pull a
say a
parse pull line
say line
pull w1 w2
say w1 '/' w2
parse pull x
say x
say queued()
