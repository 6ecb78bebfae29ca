/* CALL ON NOTREADY: the call returns and the function result is empty */
call on notready
file = 'no_such_file_conformance2.txt'
line = linein(file)
say 'continued, line = [' || line || ']'
exit
notready:
  say 'NOTREADY handler' condition('C') condition('I')
  return
