/* .MN, Regina's special variable: the number of the last error SIGNAL ON SYNTAX trapped
   (NN or NN.M), shared by all routines; its own name until then. .ENDOFLINE is a line feed.
   SYMBOL() says VAR once such a variable has a value, and traces show it as a variable */
say '.MN' .mn symbol('.MN') value('.mn') '.RS' .rs symbol('.RS')
say 'eol' c2x(.endofline) symbol('.ENDOFLINE') c2x(value('.ENDOFLINE'))
signal on syntax
x = 'a' + 1
back:
say 'after' .mn symbol('.MN') rc
signal on syntax name s2
call inner
b2:
say 'after2' .mn .rs rc
'true'
say 'command' .mn .rs symbol('.RS')
x = .mn + 1
say x
trace i
say .mn .rs symbol('.mn') symbol('.rc') symbol('.line') .line
trace o
exit
inner: procedure
  say 'inner' .mn
  interpret 'numeric form x'
  return
syntax: say 'in syntax' .mn rc condition('D'); signal back
s2: say 'in s2' .mn rc; signal b2
