/* Parsing with a string pattern that matches more than once */
s = 'a.b.c.d'
parse var s p1 '.' p2 '.' rest
say p1 p2 rest
parse var s x '.' 
say x
parse var s 'c' y
say y
parse var s 'z' z
say '['z']'
parse var s y1 '.' 1 y2 '.' y3
say y1 y2 y3
