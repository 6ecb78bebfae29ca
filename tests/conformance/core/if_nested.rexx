/* Deeply nested IF */
do i = 1 to 4
  if i > 1 then
    if i > 2 then
      if i > 3 then say i 'is > 3'
      else say i 'is 3'
    else say i 'is 2'
  else say i 'is 1'
end
a = 1; b = 0
if a then if b then say 'a and b'; else say 'a not b'
if \a then say 'not a'; else if b then say 'b'; else say 'neither branch'
