/* a negative DO count is Error 33, as Regina says (trip test lexical.rexx) */
n = -2
do n
  say 'no'
end
