/* Labels inside INTERPRET are not visible, and SIGNAL from INTERPRET comes back after it
   when the code runs off its end (Regina) */
do i = 1 to 2
  interpret 'signal outer'
  say 'loop' i
end
call r
say 'after r' result
interpret 'say "a"; signal lab; say "skipped"; lab: say "at lab"'
exit 4
r:
  interpret 'signal inner'
  say 'r after interpret'
  return 'rv'
inner:
  return 'from inner'
outer:
  say 'outer reached' i
