/* Assignment forms */
a = 1
b = a + 1
c = 'string'
d =
say a b c '['d']'
e = a b
say e
f = (a) || b
say f
g=3;h=4;say g h
a = a + 1; say a
x.1 = 'c1'; y = x.1; say y
long_name_123 = 'ok'; say long_name_123
z = '  spaces kept  '; say '['z']'
