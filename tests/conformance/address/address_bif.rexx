/* ADDRESS() with its options */
address system with output fifo '' error append stream 'err.txt' input stem in.
say '['address()']' '['address('N')']' '['address('I')']' '['address('O')']' '['address('E')']'
address system with output append stem out. error lifo session input stream fname
say '['address('I')']' '['address('O')']' '['address('E')']'
address command
say '['address('Normal')']' '['address('input')']' '['address('o')']'
say address('x')
