/* CALL ON ... NAME with more after the name: Error 19.3 (trip test lexical.rexx) */
say 'start'
call on failure name testing foo
