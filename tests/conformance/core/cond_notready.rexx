/* NOTREADY on reading a missing file */
signal on notready
file = 'no_such_file_conformance.txt'
line = linein(file)
say 'not reached'
exit
notready:
  say 'NOTREADY at line' sigl
  say condition('C') condition('I')
  say 'description is the stream name:' (condition('D') = file)
  exit
