/* Positional patterns from variables: =(n) +(n) -(n) */
s = 'abcdefghijklmnop'
n = 3
parse var s =(n) a +(n) b
say a b
start = 5; len = 4
parse var s =(start) piece +(len) .
say piece
back = 2
parse var s 6 x -(back) y +1
say x y
parse value '003Hello World' with len 4 str +(len) rest
say len str rest
parse value '5abcdefgh' with l 2 data +(l)
say l data
