/* Under OPTIONS STRICT_ANSI a Regina extension built-in is Error 90.1 before its arguments
   are evaluated: no argument is traced and a function in them is not called */
options strict_ansi
trace i
signal on syntax name as_function
say 'length' length(arg1('abc'))
say index(arg1('abc'), 'b')
say 'not reached'
as_function:
say 'caught' rc'.'condition('D') 'at line' sigl
signal on syntax name as_call
call upper arg1('abc')
say 'not reached'
as_call:
trace o
say 'caught' rc'.'condition('D') 'at line' sigl
exit
arg1: procedure
  say 'arg1 called with' arg(1)
  return arg(1)
