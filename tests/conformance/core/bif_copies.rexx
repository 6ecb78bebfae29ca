/* COPIES */
say copies('ab', 3)
say '['copies('ab', 0)']'
say '['copies('', 5)']'
say copies('-', 10)
say length(copies('xyz', 100))
