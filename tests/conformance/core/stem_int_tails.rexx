/* Tails that are whole numbers: a tail variable holding a computed number, a literal tail
   and a text tail with the same characters name one compound; other spellings do not */
a. = 'unset'
a.7 = 'seven'
j = 3 + 4
k = '7'
say 'computed, text, literal:' a.j a.k a.7
j = '07'; say '07:' a.j
j = ' 7'; say 'blank 7:' a.j
j = '+7'; say '+7:' a.j
j = '7.0'; say '7.0:' a.j
j = 7.0 + 0; say '7.0 + 0:' j a.j
j = 14 / 2; say '14 / 2:' j a.j
m = 0 - 7; a.m = 'minus seven'
n = '-7'; say '-7 text:' a.n
n = '-07'; say '-07 text:' a.n
z = 0; a.z = 'zero'
n = '-0'; say '-0 text:' a.n
n = 0 * -1; say '0 * -1:' n a.n
a.1E3 = 'e3'
q = 1000; say '1000 against 1E3:' a.q a.1E3
q = 1E3; say '1E3 text:' a.q
numeric digits 3
r = 999 + 1
say 'past DIGITS:' r a.r
a.r = 'rounded'
h = '1.00E+3'
say a.h a.1000
numeric digits 9
s = 123456789 + 1
a.s = 'nine digits'
numeric digits 12
t = 123456789 * 10
say 'DIGITS 12:' t a.1234567890 a.123456790
a.t = 'ten digits'
numeric digits 9
u = '1234567890'
say 'back at 9:' a.u a.1234567890
parse value '5 05 -5' with p1 p2 p3
do i = -5 to 5 by 5
  a.i = 'loop' i
end
say 'parsed:' a.p1 '|' a.p2 '|' a.p3 '|' a.0
do i = 1 to 3
  b.i = i * i
end
c = 2
say 'squares:' b.1 b.c b.3 b.4
k = '1'; c.k = 'one'; k = '02'; c.k = 'oh two'
do i = 0 to 2
  say 'text tails read by a loop:' i c.i
end
