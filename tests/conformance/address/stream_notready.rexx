/* A redirection stream that cannot be used raises NOTREADY */
call on notready
address system 'cat' with input stream '/tmp/rexxlite-conformance-no-such-file' output stem o.
say 'rc' rc 'lines' o.0
address system 'echo x' with output stream '/tmp/rexxlite-conformance-no-such-dir/x'
say 'rc' rc
address system 'echo to the default output stream' with output stream ''
exit
notready: say 'NOTREADY' condition('D'); return
