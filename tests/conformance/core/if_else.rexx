/* IF THEN ELSE, nested and dangling ELSE */
x = 5
if x > 3 then say 'big'
else say 'small'
if x < 3 then say 'small'
else say 'big'
if x > 3 then
  if x > 10 then say 'huge'
  else say 'medium'
if x > 10 then
  if x > 100 then say 'enormous'
  else say 'not enormous'
else say 'dangling else belongs to the inner if, so this is the outer else'
if x = 5 then do
  say 'in do'
  say 'still'
end
else do
  say 'else do'
end
if x = 5 then nop
else say 'not five'
if x \= 5
then say 'then on next line'
else
  say 'else on its own line'
if x = 5 then say 'a'; else say 'b'
if (x = 5) & (x > 0) then say 'both'
if x then say 'five is not boolean'
