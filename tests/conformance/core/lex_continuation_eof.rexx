/* A continuation comma on the last line, after a clause that ended with a semicolon:
   it continues into the end of the file, an empty clause (Regina prints 1) */
say 1; ,
