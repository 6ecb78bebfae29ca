/* ERRORTEXT */
do n = 0 to 50
  t = errortext(n)
  if t \= '' then say n t
end
say '['errortext(99)']'
say errortext(40.1)
