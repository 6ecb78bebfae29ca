/* A syntax error inside INTERPRET */
say 'before'
interpret 'say "inside"; do i = 1 to 3'
say 'not reached'
