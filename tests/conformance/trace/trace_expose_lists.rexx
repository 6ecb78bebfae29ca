/* TRACE R and I: PROCEDURE EXPOSE shows an indirect list's value (its name when unset) and,
   at TRACE I, the derived name of an exposed compound whose tail has an exposed variable
   (Regina) */
trace i
list = 'b c'
b = 1
call p
call q
trace r
call p
exit
p: procedure expose (list) a
  return
q: procedure expose bar.b b foo.b foo.b.c (nolist) foo.1
  return
