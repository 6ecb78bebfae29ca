/* ADDRESS() and ARG() */
say address()
call r 'a', , 'c'
say arg()
say f(1, 2, 3, 4, 5)
exit
r:
  say arg() arg(1) arg(2) arg(3) '['arg(4)']'
  say arg(1, 'E') arg(2, 'E') arg(3, 'Exists') arg(4, 'e')
  say arg(1, 'O') arg(2, 'O') arg(4, 'omitted')
  return
f: return arg() arg(5)
