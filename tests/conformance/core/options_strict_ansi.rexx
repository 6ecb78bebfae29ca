/* OPTIONS STRICT_ANSI: in force in the routine that says it (and those it calls) */
f = '/tmp/rexxlite-conformance-strict-ansi.txt'
call lineout f, 'First line'
call lineout f, 'Second line'
call lineout f
call strict
say upper('after return')
options nostrict_ansi
say upper('nostrict')
'rm -f' f
exit

strict:
  options strict_ansi
  say qualify('/tmp') changestr('a', 'abc', 'x')
  say linein(f)
  call lineout f          /* under STRICT_ANSI this does not close the file */
  say linein(f)
  call stream f, 'c', 'close'
  return
