/* A continued clause, then a last clause with no line end after it: no error */
say 'a',
  'b'
say 3