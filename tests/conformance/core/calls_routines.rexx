/* internal routines: PROCEDURE [EXPOSE], RETURN values, SIGL, labels and traps in routines */
say fib(15)
a. = 1; n = 'z'; z = 5
call p; call p; say a.2 z
call r; say result; call r; say result
call stray; call stray; say 'back'
call q 'one'; say sigl result
call novalue_free; say symbol('RESULT')
say twice(3) twice(twice(4))
exit
fib: procedure
  parse arg n
  if n < 2 then return n
  return fib(n - 1) + fib(n - 2)
p: procedure expose a. (n)
  a.2 = a.2 + z; z = z + 1
  return
r: procedure
  signal there
  return 1
there: return 2 sigl
stray: signal on syntax
  say 'in'
  leave
syntax: say 'E' rc sigl
  return
q: procedure
  parse arg w
  return w sigl
novalue_free: return
twice: return arg(1) * 2
