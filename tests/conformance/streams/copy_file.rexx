/* Copy a file line by line, changing it on the way */
src = '/tmp/rexxlite-conformance-copy-src.txt'
dst = '/tmp/rexxlite-conformance-copy-dst.txt'
'rm -f' src dst
words = 'apple banana cherry'
do i = 1 to words(words)
  call lineout src, i word(words, i)
end
call lineout src
do while lines(src) > 0
  parse value linein(src) with n fruit
  call lineout dst, right(n, 3, '0') translate(fruit)
end
call lineout dst
call stream src, 'C', 'CLOSE'
do while lines(dst) > 0
  say linein(dst)
end
call stream dst, 'C', 'CLOSE'
say 'sizes' stream(src, 'C', 'QUERY SIZE') stream(dst, 'C', 'QUERY SIZE')
'rm -f' src dst
