/* A function that returns no data */
say f()
exit
f: return
