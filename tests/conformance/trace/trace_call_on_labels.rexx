/* A label reached by CALL ON (ERROR, FAILURE, NOTREADY) is traced, as a CALLed one is */
trace a
call on error name oops
'exit 3'
call on failure
'no_such_command_for_trace_test_xyz'
call on notready name nr
x = linein('no_such_file_trace_test.txt')
trace r
'exit 5'
exit
oops:
  say 'error' rc
  return
failure:
  say 'failure'
  return
nr:
  say 'notready'
  return
