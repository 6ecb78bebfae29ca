/* Compounds with two variable tails read in generated code: int and text tails, a default, an
   unset element, a tail with leading zeros (its own key), NOVALUE. */
a. = 'dflt'
do i = 1 to 3
  do j = 1 to 3
    a.i.j = i * j
  end
end
s = 0
do i = 1 to 3
  do j = 1 to 3
    s = s + a.i.j
  end
end
say s a.2.3 a.3.3 a.4.4
k = '02'; l = 3
b.k.l = 'text'
say b.k.l b.2.3 b.02.3
x = 'q'; y = 'r'
say c.x.y
signal on novalue
say d.x.y
exit
novalue: say 'novalue' condition('D')
