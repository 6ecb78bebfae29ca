/* Reading a file that does not exist */
f = '/tmp/rexxlite-conformance-does-not-exist.txt'
say '[' || linein(f) || ']'
say 'state' stream(f, 'S')
say 'lines' lines(f) 'chars' chars(f)
say '[' || charin(f) || ']'
call on notready
say '[' || linein(f) || ']'
say 'done'
exit
notready:
  say 'NOTREADY' condition('I')
  return
