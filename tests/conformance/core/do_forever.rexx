/* DO FOREVER with LEAVE */
n = 0
do forever
  n = n + 1
  if n > 4 then leave
  say 'forever' n
end
say 'left at' n
do forever
  do forever
    leave
  end
  say 'inner left'
  leave
end
say 'done'
