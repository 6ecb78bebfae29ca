/* INTERPRET runs a string as Rexx clauses */
interpret 'say "hello from interpret"'
x = 5
interpret 'y = x * 2'
say y
code = 'do i = 1 to 3; say "loop" i; end'
interpret code
var = 'abc'
interpret var '= 42'
say abc
interpret 'say' 1 + 1
cmd = 'say'
interpret cmd '"built"'
interpret 'a = 1;' 'b = 2'
say a b
interpret ''
interpret 'if x = 5 then say "five"; else say "not"'
interpret 'call sub "arg"'
say result
exit
sub: return 'sub got' arg(1)
