/* NOTREADY at end of file, trapped with SIGNAL ON */
f = '/tmp/rexxlite-conformance-notready-eof.txt'
'rm -f' f
call lineout f, 'only line'
call lineout f
signal on notready
say linein(f)
say linein(f)
say 'not reached'
exit
notready:
  say 'NOTREADY at line' sigl 'for' (condition('D') = f)
  say 'state' stream(f, 'S')
  call stream f, 'C', 'CLOSE'
  'rm -f' f
  exit
