/* CALL internal routines: RESULT, arguments, recursion */
call greet 'World'
say 'result:' result
call noreturn
say 'result after no value:' result
say fact(10)
call fact 5
say 'fact 5 =' result
say fib(15)
x = 'outer'
call change
say 'x is' x
exit
greet: procedure
  parse arg who
  return 'Hello,' who
noreturn:
  return
fact: procedure
  arg n
  if n <= 1 then return 1
  return n * fact(n - 1)
fib: procedure
  arg n
  if n < 2 then return n
  return fib(n-1) + fib(n-2)
change:
  x = 'changed by routine without procedure'
  return
