/* A comment /* with a nested comment */ still a comment */
say 'first' /* trailing comment */
/*
   a comment spanning
   several lines /* nested
   over lines too */
*/
say 'second'
x = 1 /* in the middle */ + /* of an expression */ 2
say 'x =' x
say 'a'/* comment between strings */'b'
say 'a' /* blank then comment */ 'b'
say '/* not a comment */'
say "/*" || "*/"
y = 3/**/4
say 'y =' y
/* comment with quote ' and " inside */
say 'done' /* end */
