/* A trailing comma continues a clause on the next line */
say 'one',
    'two',
    'three'
x = 1 +,
    2 +,
    3
say 'x =' x
s = 'abc' ||,
    'def'
say s
say substr('abcdef',,
           2,,
           3)
call show 'a',,
          'b'
say 'comment after comma',   /* a comment here */
    'still same clause'
exit
show:
  say 'show got' arg() 'args:' arg(1) arg(2)
  return
