/* TRACE S, TRACE() and the VALUE form, TRACE with a variable */
say trace()
old = trace('R')
say old trace()
trace value 'I'
z = 1 + 2
lvl = 'N'
trace value lvl
say trace() z
trace off
say trace()
