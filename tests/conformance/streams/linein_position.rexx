/* LINEIN with a line number, and reading in a loop */
f = '/tmp/rexxlite-conformance-linein-position.txt'
'rm -f' f
do i = 1 to 5
  call lineout f, 'record' i
end
call lineout f
say linein(f, 3)
say linein(f)
say linein(f, 1)
say linein(f, 1, 0) || '<nothing read'
say linein(f)
n = 0
do while lines(f) > 0
  call linein f
  n = n + 1
end
say 'remaining lines read:' n
call stream f, 'C', 'CLOSE'
'rm -f' f
