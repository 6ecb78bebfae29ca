/* TRACE VALUE and TRACE with a variable setting */
setting = 'R'
trace value setting
x = 10 / 4
trace value 'O'
y = 5
trace (setting)
z = x y
trace off
say z
