/* Error 20.1 quotes the ";" and the blank after it: found "; " */
call a
exit
a: procedure expose; 
return
