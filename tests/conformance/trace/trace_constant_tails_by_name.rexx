/* TRACE I: a constant tail's derived name (>C>) is shown once a compound with a variable tail
   has been derived; a stem read or set by name (ADDRESS WITH INPUT / OUTPUT STEM,
   GETCALLSTACK) makes constant tails show nothing again, as in Regina */
trace i
k = 1
x.k = 'a'; x.0 = 1
say x.1
address system 'cat' with input stem x. output fifo ''
say x.1 queued()
parse pull .
x.k = 'b'
say x.1
address system 'echo out' with output stem o.
say x.1 o.0 o.1
x.k = 'c'
say x.1
call sub
say x.1 st.0
exit
sub:
  call getcallstack 'st.'
  return
