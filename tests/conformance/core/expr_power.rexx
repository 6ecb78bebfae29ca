/* The power operator */
say 2**3
say 2**3**2
say 2**-1
say 10**-2
say 0**0
say 5**0
say (-2)**3
say 1.1**2
say 2**31
say 2**32
say 3**20
say -2**2
say 2**2 * 3
say 2 * 3**2
say 2.5**2
say 0.5**3
say 2** '3'
