/* ABS and SIGN */
say abs(-5) abs(5) abs(0) abs(-0.00) abs('-12.50') abs(' -3 ')
say abs(-1e3) abs(-12345678901)
say sign(-7) sign(0) sign(3.2) sign('-0.0') sign('+5')
numeric digits 4
say abs(-12345) abs(-1.23456)
