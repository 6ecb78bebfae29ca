/* LINEOUT / CHAROUT to a file that cannot be opened: what was not written, or 0 while
   NOTREADY is trapped (trip test files.rexx) */
f = '/tmp/rexxlite-conformance-no-such-dir/file'
say lineout(f, 'x') charout(f, 'abc')
call on notready name trap
n = 0
say lineout(f, 'x') charout(f, 'abc') n
say lineout(f, 'x') + lineout(f, 'y') n
call off notready
say lineout(f, 'x') charout(f, 'abc') n
call on notready name trap
say lineout('stdin', 'x') n
exit
trap: n = n + 1; return
