/* Regina's system extensions, on values that do not depend on the machine */
say datatype(getpid(), 'W') (getpid() > 0) gettid()
say uname('s') uname('system') (uname('n') = uname('N')) words(uname()) >= 5
say state('/tmp') state('/tmp/rexxlite-conformance-no-such-file') state('')
here = directory()
say directory('/tmp') directory()
say cd('/') directory()
say cd('/tmp/rexxlite-conformance-no-such-dir') directory()
say '['directory('/tmp/rexxlite-conformance-no-such-dir')']' directory()
call chdir here
say directory() = here
say unixerror(2) '|' unixerror(13) '|' unixerror(0)
say '['sleep(0)']' '['sleep(0.01)']'
say '['putenv('REXXLITE_CONFORMANCE=abc')']' value('REXXLITE_CONFORMANCE', , 'ENVIRONMENT')
say '['putenv('REXXLITE_CONFORMANCE')']' value('REXXLITE_CONFORMANCE', , 'ENVIRONMENT')
say '['putenv('REXXLITE_CONFORMANCE=')']' '['value('REXXLITE_CONFORMANCE', , 'ENVIRONMENT')']'
say '['beep(440, 1)']' '['beep(37)']'
say qualify('/tmp/../etc/x')
say filespec('N', '/a/b/c.d') filespec('P', '/a/b/c.d') '['filespec('D', '/a/b/c.d')']'
say filespec('name', 'file') '['filespec('p', 'file')']'
