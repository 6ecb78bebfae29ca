/* LEAVE in an INTERPRET string cannot end a loop outside it (trip test lexical.rexx) */
do i = 1 to 3
  interpret 'if i = 2 then leave'
  say i
end
say 'after' i
