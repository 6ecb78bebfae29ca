/* A continuation comma ends the program after NOP: Error 21.1 (found ""), not 64.1 */
say "before"
nop ,
