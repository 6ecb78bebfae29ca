/* BITAND/BITOR/BITXOR, C2D and D2C inside a loop (generated inline there): equal and
   unequal lengths, empty strings, numbers as arguments, C2D beyond DIGITS, D2C lengths */
numeric digits 12
s.1 = 'abcd'; t.1 = 'f0f0f0f0'x
s.2 = 'abcdef'; t.2 = '0f'x
s.3 = ''; t.3 = 'ff'x
s.4 = 12; t.4 = 5
s.5 = 'ffffffffffffffff'x; t.5 = '0102030405060708'x
s.6 = 1.5; t.6 = 'x'
do i = 1 to 6
  a = bitand(s.i, t.i); o = bitor(s.i, t.i); x = bitxor(s.i, t.i); r = bitand(t.i, s.i)
  say i c2x(a) c2x(o) c2x(x) c2x(r)
  c = c2d(s.i); e = c2d(t.i) + 0; z = c2d(bitxor(s.i, s.i))
  say i c e z
end
n.1 = 0; n.2 = 255; n.3 = 256; n.4 = 65535; n.5 = 16777216; n.6 = -1; n.7 = 1e3
n.8 = 999999999999; n.9 = '  42 '; n.10 = 4294967295
do i = 1 to 10
  do k = 1 to 5
    c = d2c(n.i, k)
    line = i k c2x(c)
  end
  a = d2c(n.i, 1); b = d2c(n.i, 2); c = d2c(n.i, 8)
  say line c2x(a) c2x(b) c2x(c)
end
numeric digits 40
do i = 1 to 2
  a = c2d('ffffffffffffffffffffffff'x); b = c2d('7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f'x)
  c = d2c(2**100, 13); e = d2c(12345678901, 5)
  say a b c2x(c) c2x(e)
end
numeric digits 9
do i = 1 to 1
  a = c2d('00000000ffffffff'x); b = c2d('0000000000000000000000'x); c = c2d('')
  say a b '['c']'
end
do i = 1 to 1
  a = c2d('ffffffffff'x)
  say a
end
do i = 1 to 1
  a = d2c(1.5, 2)
end
