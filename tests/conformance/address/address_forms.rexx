/* ADDRESS with environments, VALUE, and swapping */
say address()
address command
say address()
address system
say address()
address
say 'swapped:' address()
address
say 'swapped again:' address()
env = 'SYSTEM'
address value env
say 'value:' address()
address (env)
say 'parenthesised:' address()
address command 'echo temporary command'
say 'still:' address()
call sub
say 'after sub:' address()
exit
sub:
  address command
  say 'in sub:' address()
  return
