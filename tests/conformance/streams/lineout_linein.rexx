/* Write lines with LINEOUT, read them back with LINEIN */
f = '/tmp/rexxlite-conformance-lineout-linein.txt'
'rm -f' f
do i = 1 to 3
  call lineout f, 'line' i
end
say 'lineout returns' lineout(f, 'last line')
call lineout f
do while lines(f) > 0
  say '>' linein(f)
end
call stream f, 'C', 'CLOSE'
'rm -f' f
