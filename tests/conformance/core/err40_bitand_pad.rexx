/* BITAND with a long pad */
say c2x(bitand('ff'x, 'f0f0'x, 'ff'x))
say bitand('a', 'b', 'xy')
