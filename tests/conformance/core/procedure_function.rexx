/* Internal functions with PROCEDURE and recursion */
say 'gcd' gcd(48, 36) gcd(17, 5)
say 'power' pow(2, 10)
say 'sumto' sumto(100)
say 'reverse words:' revwords('one two three four')
exit
gcd: procedure
  parse arg a, b
  do while b \= 0
    t = b; b = a // b; a = t
  end
  return a
pow: procedure
  parse arg base, exp
  if exp = 0 then return 1
  return base * pow(base, exp - 1)
sumto: procedure
  arg n
  if n = 0 then return 0
  return n + sumto(n - 1)
revwords: procedure
  parse arg w rest
  if rest = '' then return w
  return revwords(rest) w
