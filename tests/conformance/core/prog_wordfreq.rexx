/* Count word frequencies with compound variables */
text = 'the cat and the hat and the bat sat on the mat'
count. = 0
seen = ''
do i = 1 to words(text)
  w = word(text, i)
  if count.w = 0 then seen = seen w
  count.w = count.w + 1
end
do i = 1 to words(seen)
  w = word(seen, i)
  say left(w, 6) right(count.w, 3) copies('*', count.w)
end
