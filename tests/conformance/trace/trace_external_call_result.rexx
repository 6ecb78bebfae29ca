/* TRACE I: CALL of an external routine shows the value it returns (>F>), none when it returns
   nothing; CALL of a built-in or internal routine shows no result; TRACE R shows none */
ext = '/tmp/rexxlite-conformance-trace-external.rexx'
'rm -f' ext
call lineout ext, 'parse arg n'
call lineout ext, 'if n = "" then return'
call lineout ext, 'return n * 2'
call lineout ext
trace i
call '/tmp/rexxlite-conformance-trace-external.rexx' 21
call '/tmp/rexxlite-conformance-trace-external.rexx'
call length 'abc'
call internal
say result
trace r
call '/tmp/rexxlite-conformance-trace-external.rexx' 5
say result
trace o
'rm -f' ext
exit
internal:
  return 'inside'
