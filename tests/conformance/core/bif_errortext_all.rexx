/* every error message text Regina has, by ERRORTEXT (numbers 0-100, sub-numbers 1-999) */
do n = 0 to 100
  t = errortext(n)
  if t <> '' then say n '|' t
  do m = 1 to 999
    signal on syntax name skip
    t = errortext(n'.'m)
    if t <> '' then say n'.'m '|' t
    skip:
  end
end
