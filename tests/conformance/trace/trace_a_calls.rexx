/* TRACE A across CALL, RETURN and function calls */
trace a
call greet 'world'
say result
x = double(21)
say x
exit 0
greet: procedure
  parse arg who
  return 'hello' who
double: procedure
  arg v
  return v * 2
