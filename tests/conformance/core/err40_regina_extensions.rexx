/* Error 40 messages of Regina's extension built-ins */
calls = "upper('abc',0)|upper('abc',1,-1)|upper('abc',2,,'xx')|upper()|upper('a',1,2,3,4)",
  || "|lower('a','x')|index('abc','b',0)|index('abc')|index('abc','b','x')",
  || "|find('a b c','b',0)|find('a')|justify('a b',-1)|justify('a b',5,'')",
  || "|justify('a','x')|justify('a')|uname('x')|uname('')|uname('S',1)",
  || "|chdir()|cd('a','b')|sleep(0,1)|crypt('a')|state('/tmp',1)|rxfuncadd('Foo')",
  || "|rxfuncerrmsg(1)|rxfuncdrop()|beep(0)|beep('x')|beep(440,0)|putenv()",
  || "|unixerror(-1)|unixerror('x')|gettid(1)|getpid(1)|makebuf(1)|desbuf(1)",
  || "|buftype(1)|poolid(1)|getcallstack()|filespec('E','x')|filespec('','x')",
  || "|directory('a','b')|qualify('a','b')"
do while calls <> ''
  parse var calls call '|' calls
  say left(call, 22) try(call)
end
exit

try: procedure
  signal on syntax
  interpret 'x =' arg(1)
  return 'gave' x
syntax:
  return 'Error' condition('D')
