/* TRACE I: a DO loop whose control variable is a compound (its derived name shown, no value) */
trace i
a = 'k'
do q.a = 1 for 2
  nop
end
do q.a = 1 by 1 while q.a < 3
  nop
end
do q.a = 1 until q.a > 1
  nop
end
do q.a = 5 to 6
  q.a = q.a + 0
end
do q.1 = 1 to 2
end
trace r
do q.a = 1 to 2
  nop
end
do q.a = 1 to 2
  say q.a
end
do q.a.a = 1 to 2 by 1
  nop
end
say q.k q.1
