/* TRACE I in a loop: every iteration is traced */
trace i
n = 0
do i = 1 to 3
  n = n + i
end
do 2
  s = 'a' || 'b'
end
say n s
