/* Variable patterns in parentheses */
delim = ','
parse value 'a,b,c' with x (delim) y (delim) z
say x y z
sep = ' - '
parse value 'left - right' with l (sep) r
say '['l']' '['r']'
parse value 'a/b' with a '/' b
d = '/'
parse value 'x/y/z' with p (d) q (d) r
say p q r
parse value '[content]' with 1 open +1 inner (close) .
say 'open' open
close = ']'
parse value '[content]' with 2 inner (close)
say inner
