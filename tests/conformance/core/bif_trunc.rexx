/* TRUNC */
say trunc(12.3) trunc(127.09782, 3) trunc(127.1, 3) trunc(127, 2) trunc(-12.7)
say trunc(0.5) trunc(-1.5) trunc(1e3) trunc(1.5e2, 2) trunc('  7.9 ')
say trunc(12.345, 0) trunc(0.001, 2)
say trunc(-1.05, 1) trunc(1.99999, 4)
