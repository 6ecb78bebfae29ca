/* TRACE with a symbol setting is not traced as a value; a string or TRACE VALUE is */
trace i
trace value 'I'
v = 'r'
trace value v
trace i
trace (v)
trace a
trace i
trace 'R'
say 'x'
trace i
trace 'i'
trace r
say 1
