/* DO count must be a whole number */
do 1.5
  say 'no'
end
