/* C2D and D2C */
say c2d('09'x) c2d('81'x) c2d('ff81'x) c2d('a')
say c2d('81'x, 1) c2d('81'x, 2) c2d('ff81'x, 2) c2d('ff81'x, 1)
say c2d('') c2d('0000ff'x) c2d('f0'x, 0) c2d('7f'x, 1)
say c2x(d2c(9)) c2x(d2c(129)) c2x(d2c(-127, 1)) c2x(d2c(-1, 2))
say c2x(d2c(256)) c2x(d2c(0)) c2x(d2c(65, 3)) d2c(65)
say c2x(d2c(-129, 2)) c2x(d2c(255, 1))
