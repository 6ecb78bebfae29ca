/* CALL a built-in function: the value goes to RESULT */
call length 'abcdef'
say result
call substr 'abcdef', 2, 3
say result
call max 3, 9, 4
say result
call date 'S', '20240229', 'S'
say result
call copies 'ab', 3
say result
call translate 'abc'
say result
