/* A continuation comma at the end of a file without a line end, after an expression:
   the clause has no end (Error 64.1, on the line after the last) */
say 1 , /* c */