/* Compound variables: tails are substituted, then used as is */
i = 1; j = 2
a.i.j = 'one-two'
say a.1.2 a.i.j
k = '1.2'
say a.k
b.k = 'b with dotted tail'
say b.1.2 b.k
name = 'Fred Smith'
phone.name = '555-1234'
say phone.name
say phone.Fred
n = 'x'
c.n = 'lower'
N2 = 'X'
say c.N2 c.x
c.x = 'upper'
say c.n c.x c.X
t = ''
d.t = 'empty tail'
say d.t d.
e.1 = 10; e.2 = 20; e.3 = 30
sum = 0
do i = 1 to 3; sum = sum + e.i; end
say 'sum' sum
key = ' spaced '
f.key = 'blanks'
say '['f.key']' '['f. spaced ']'
i = 01; g.i = 'zero one'; say g.01 g.1
