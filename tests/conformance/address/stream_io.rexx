/* WITH OUTPUT STREAM and INPUT STREAM use files */
f = '/tmp/rexxlite-conformance-address-stream.txt'
address system 'rm -f' f
address system 'echo line one' with output stream f
address system 'echo line two' with output append stream f
address system 'cat' with input stream f output stem got.
say 'got' got.0 'lines:' got.1 '/' got.2
address system 'echo replaced' with output replace stream f
address system 'cat' with input stream f output stem got.
say 'got' got.0 'lines:' got.1
address system 'wc -l <' f with output stem n.
say 'wc:' strip(n.1)
address system 'rm -f' f
