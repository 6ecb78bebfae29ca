/* Clauses end at a newline or a semicolon; null clauses are allowed */
say 'one'; say 'two' ; say 'three'
;;
a = 1; b = 2; c = a + b; say 'c is' c
say 'end of line'   ;   say 'after semicolon'
;
x = 'semi;colon in a string'; say x
if a = 1 then; say 'null clause after then'
say 'done'
