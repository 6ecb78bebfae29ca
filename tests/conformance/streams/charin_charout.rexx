/* CHAROUT and CHARIN, with positions */
f = '/tmp/rexxlite-conformance-charin-charout.txt'
'rm -f' f
say 'charout returns' charout(f, 'Hello, ')
say 'charout returns' charout(f, 'World')
call charout f
say 'size' stream(f, 'C', 'QUERY SIZE')
say charin(f)
say charin(f, , 4)
say charin(f, 8, 5)
say charin(f, 1, 5)
say '[' || charin(f, 1, 0) || ']'
say charin(f, 6, 100)
call stream f, 'C', 'CLOSE'
call charout f, '!', 13
call stream f, 'C', 'CLOSE'
say charin(f, 1, 20)
call stream f, 'C', 'CLOSE'
'rm -f' f
