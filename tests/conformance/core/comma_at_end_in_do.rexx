/* A continuation comma ends the program inside a DO: Error 14 on the line before */
say "before"
do i = 1 to 2
  say i ,
