/* TRACE N and TRACE O: no clause lines; failed command under N, not under O */
trace n
x = 1
'exit 2'
trace o
'exit 3'
y = x + 1
trace n
say x y
