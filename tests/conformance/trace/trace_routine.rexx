/* Tracing in routines, and the setting is restored after RETURN */
trace r
say double(4)
say trace()
exit
double: procedure
  arg n
  trace i
  r = n * 2
  return r
