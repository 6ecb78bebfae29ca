/* i**2 past DIGITS, then + 1: the exponential results of ** and the addition after it */
do i = 1 to 200000
  j = i**2 + 1
end
say j
