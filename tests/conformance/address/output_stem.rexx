/* WITH OUTPUT STEM collects the output lines */
address system 'printf "alpha\nbeta\ngamma\n"' with output stem out.
say 'rc' rc 'lines' out.0
do i = 1 to out.0
  say i '['out.i']'
end
address system 'true' with output stem empty.
say 'no output:' empty.0
address system 'printf "no newline at end"' with output stem nl.
say nl.0 '['nl.1']'
address system 'printf "a\n\nb\n"' with output stem blank.
say blank.0 '['blank.1']' '['blank.2']' '['blank.3']'
