/* SOURCELINE */
say sourceline()
say sourceline(1)
say sourceline(3)
do i = 1 to sourceline()
  say i length(sourceline(i))
end
/* last line comment */
