/* MD5 (RFC 1321) in pure Rexx: bytes, C2D/D2C and the BIT functions */
numeric digits 20
call init
say md5('')
say md5('a')
say md5('abc')
say md5('message digest')
say md5('The quick brown fox jumps over the lazy dog')
say md5(xrange())
say md5('héllo ═ 😀')
say md5(copies('0123456789', 20))
exit

init:
  k = ''
  k = k 'D76AA478 E8C7B756 242070DB C1BDCEEE F57C0FAF 4787C62A A8304613 FD469501'
  k = k '698098D8 8B44F7AF FFFF5BB1 895CD7BE 6B901122 FD987193 A679438E 49B40821'
  k = k 'F61E2562 C040B340 265E5A51 E9B6C7AA D62F105D 02441453 D8A1E681 E7D3FBC8'
  k = k '21E1CDE6 C33707D6 F4D50D87 455A14ED A9E3E905 FCEFA3F8 676F02D9 8D2A4C8A'
  k = k 'FFFA3942 8771F681 6D9D6122 FDE5380C A4BEEA44 4BDECFA9 F6BB4B60 BEBFBC70'
  k = k '289B7EC6 EAA127FA D4EF3085 04881D05 D9D4D039 E6DB99E5 1FA27CF8 C4AC5665'
  k = k 'F4292244 432AFF97 AB9423A7 FC93A039 655B59C3 8F0CCC92 FFEFF47D 85845DD1'
  k = k '6FA87E4F FE2CE6E0 A3014314 4E0811A1 F7537E82 BD3AF235 2AD7D2BB EB86D391'
  do i = 0 to 63
    kk.i = x2d(word(k, i + 1))
  end
  r = '7 12 17 22 7 12 17 22 7 12 17 22 7 12 17 22',
      '5 9 14 20 5 9 14 20 5 9 14 20 5 9 14 20',
      '4 11 16 23 4 11 16 23 4 11 16 23 4 11 16 23',
      '6 10 15 21 6 10 15 21 6 10 15 21 6 10 15 21'
  do i = 0 to 63
    sh.i = word(r, i + 1)
  end
  return

md5: procedure expose kk. sh.
  parse arg msg
  bits = length(msg) * 8
  msg = msg || '80'x
  msg = msg || copies('00'x, (120 - length(msg) // 64) // 64)
  msg = msg || reverse(d2c(bits, 8))
  a0 = x2d('67452301'); b0 = x2d('efcdab89'); c0 = x2d('98badcfe'); d0 = x2d('10325476')
  do blk = 1 to length(msg) by 64
    do j = 0 to 15
      m.j = c2d(reverse(substr(msg, blk + 4 * j, 4)))
    end
    a = a0; b = b0; c = c0; d = d0
    do i = 0 to 63
      bs = d2c(b, 4); cs = d2c(c, 4); ds = d2c(d, 4)
      select
        when i < 16 then do
          f = bitor(bitand(bs, cs), bitand(bitxor(bs, 'ffffffff'x), ds)); g = i
        end
        when i < 32 then do
          f = bitor(bitand(ds, bs), bitand(bitxor(ds, 'ffffffff'x), cs)); g = (5 * i + 1) // 16
        end
        when i < 48 then do
          f = bitxor(bitxor(bs, cs), ds); g = (3 * i + 5) // 16
        end
        otherwise
          f = bitxor(cs, bitor(bs, bitxor(ds, 'ffffffff'x))); g = (7 * i) // 16
      end
      f = (c2d(f) + a + kk.i + m.g) // 4294967296
      a = d; d = c; c = b
      b = (b + rotl(f, sh.i)) // 4294967296
    end
    a0 = (a0 + a) // 4294967296; b0 = (b0 + b) // 4294967296
    c0 = (c0 + c) // 4294967296; d0 = (d0 + d) // 4294967296
  end
  return lower(c2x(reverse(d2c(a0, 4)) || reverse(d2c(b0, 4)) ||,
                   reverse(d2c(c0, 4)) || reverse(d2c(d0, 4))))

rotl: procedure
  parse arg x, n
  return (x * 2 ** n) // 4294967296 + x % 2 ** (32 - n)

lower: return translate(arg(1), 'abcdef', 'ABCDEF')
