/* Bad arithmetic conversion with a prefix minus */
x = 'x'
say -x
