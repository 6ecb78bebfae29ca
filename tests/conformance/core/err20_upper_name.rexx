/* UPPER takes only variable names */
a = 'x'
upper a 1
say a
