/* TRACE R and the special variables: .MN .RS .RC shown each time (>L> while a variable is
   its own name, then >V>), .ENDOFLINE too, .LINE not at all */
trace r
say .mn .rs .rc .line c2x(.endofline)
'true'
do 2
  say .mn .rs .rc .line
end
'exit 3'
say .rs .rc
signal on syntax
say 1 + 'x'
syntax:
say .mn rc
