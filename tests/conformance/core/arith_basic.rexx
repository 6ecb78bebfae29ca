/* Classic arithmetic results at the default NUMERIC DIGITS 9 */
say 4000/3
say 1e9+1
say 0.1+0.2
say 7//-2
say 1.50+1.50
say 2**100
say 1/3
say 2/3
say 10/7
say 1/7 * 7
say 999999999 * 9
say 123.456 * 1000
say 0.1 * 0.1
say 100 * 1.00
say 5 / 2
say 6 / 3
say 1 / 4
