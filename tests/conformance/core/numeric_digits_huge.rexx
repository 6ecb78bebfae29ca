/* a huge NUMERIC DIGITS costs nothing for small operands (Regina prints at once) */
numeric digits 999999999
say 2+2
say 2*3 7/2 1/4 (-5 + 1.5) 10**20 2**100 (1e5+1) 5//3 7%2 (1=1.0) (3>2) (-7) (+8)
say 1.5 * 2.25 abs(-3) max(1,2.5) trunc(3.7) format(2.5) 1e10 * 1e10 sign(-2) 0.1 + 0.2
x = 0
do i = 1 to 5; x = x + i; end
say x digits() 12345678901234567890 * 98765432109876543210
