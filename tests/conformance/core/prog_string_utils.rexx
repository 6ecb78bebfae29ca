/* Small string utilities written as internal functions */
say capitalize('the quick brown fox')
say ispalindrome('A man a plan a canal Panama')
say ispalindrome('hello')
say vowels('Programming in Rexx')
say caesar('Hello, World', 3)
say caesar(caesar('Hello, World', 3), 23)
exit
capitalize: procedure
  parse arg s
  out = ''
  do i = 1 to words(s)
    w = word(s, i)
    out = out translate(left(w, 1)) || substr(w, 2)
  end
  return strip(out)
ispalindrome: procedure
  s = translate(space(arg(1), 0))
  return s == reverse(s)
vowels: procedure
  s = translate(arg(1))
  return length(s) - length(space(translate(s, , 'AEIOU'), 0)) - (words(s) - 1)
caesar: procedure
  parse arg s, k
  lower = 'abcdefghijklmnopqrstuvwxyz'
  upper = translate(lower)
  k = k // 26
  return translate(s, substr(lower, k + 1) || left(lower, k) || substr(upper, k + 1) || left(upper, k), lower || upper)
