/* 32-bit words of a binary string: the BIT functions, C2D/D2C and // (as MD5 code does) */
numeric digits 20
k = ''
do i = 1 to 64
  k = k || d2c(i * 2654435761 // 4294967296, 4)
end
h = 0
do round = 1 to 300
  do j = 1 to 64 by 4
    w = substr(k, j, 4)
    f = bitxor(bitand(w, 'f0f0f0f0'x), bitor(w, '0f0f0f0f'x))
    h = (h + c2d(f) + round) // 4294967296
  end
end
say c2x(d2c(h, 4))
