/* STREAM QUERY EXISTS and QUERY SIZE */
f = '/tmp/rexxlite-conformance-stream-query.txt'
'rm -f' f
say 'exists before: [' || stream(f, 'C', 'QUERY EXISTS') || ']'
call lineout f, '12345'
call lineout f
say 'exists after:' stream(f, 'C', 'QUERY EXISTS')
say 'size:' stream(f, 'C', 'QUERY SIZE')
call lineout f, 'more text'
call lineout f
say 'size now:' stream(f, 'C', 'QUERY SIZE')
say 'missing size: [' || stream('/tmp/rexxlite-conformance-no-such-file', 'C', 'QUERY SIZE') || ']'
'rm -f' f
