/* Arguments: omitted, empty, many, and ARG() options */
call show
call show ''
call show 'a'
call show , 'b'
call show 'a', , 'c'
call show 1+1, 'x' 'y', (3)
say f(,)
say f('', '')
exit
show:
  out = arg() ':'
  do i = 1 to arg()
    if arg(i, 'E') then out = out '['arg(i)']'
    else out = out '<omitted>'
  end
  say out
  return
f: return arg() arg(1,'o') arg(2,'o')
