/* IF with no condition before THEN on the next line: Error 14 on the THEN line */
say "before"
if
then say "never"
