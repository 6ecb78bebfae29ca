/* Error 25.1 quotes a condition name (a keyword there to Regina) with the blanks after it */
call on novalue  name x
