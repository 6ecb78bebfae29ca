/* Simple DO groups and repetitive DO n */
do
  say 'in a simple do'
  say 'still in it'
end
do 3
  say 'three times'
end
n = 2
do n
  say 'n times'
end
do 0
  say 'never'
end
do 2.0; say 'twice'; end
do 1+1
  say 'expr count'
end
say 'done'
