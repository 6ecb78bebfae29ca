/* Constant, simple, stem and compound symbols */
say 12 1.5 .5 3. 1e3 '->' 12 + 0 1.5 + 0 .5 + 0 3. + 0
say abc
abc = 'value'
say abc ABC Abc
say 7up
say a.b
a.b = 'compound'
say a.b
b = 'x'
say a.b
a.x = 'via b'
say a.b
say a.
i = 2; j = 3
m.i.j = 'm.2.3'
say m.2.3 m.i.j
say m.i.4
name_with_underscore = 1
say name_with_underscore
?question = 'q'; !bang = 'b'; say ?question !bang
say #hash
