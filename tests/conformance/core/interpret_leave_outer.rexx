/* A LEAVE in an INTERPRET string naming the caller's loop from inside a loop of the string:
   Error 28.3 on the INTERPRET clause (the string sees only its own loops) */
do k = 1 to 3
  interpret 'do m = 1 to 2; leave k; end'
end
say 'k' k
