/* SIGNAL inside INTERPRET goes on at the label; an Error 16 there shows each caller once */
do i = 1 to 2
  interpret 'do j = 1 to 2; signal out; end'
end
exit
out:
  say 'at out' i j
  do k = 1 to 2
    call sub
  end
exit
sub:
  interpret 'do 2; signal nowhere; end'
