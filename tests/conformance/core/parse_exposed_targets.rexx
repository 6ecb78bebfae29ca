/* PARSE into variables a routine EXPOSEs (references to the caller's), into its own
   variables, compounds and exposed stems, each kind of template. */
a = 'old'; b = 'old'; st.1 = 'x'; n = 0
call r1 'one two three four'
say a '|' b '|' c '|' st.1 '|' st.2 '|' n
call r2 'k=v;w'
say a '|' b '|' key '|' val
say r3('alpha beta')
exit
r1: procedure expose a b st. n
  parse arg a b c
  n = n + 1
  parse var c st.1 st.2
  parse value 'p q' with x y
  say x y c
  return
r2: procedure expose a key
  parse arg key '=' val ';' a
  parse var key 1 b 2
  say b val
  return
r3: procedure expose z
  parse arg z 3 rest
  parse var rest . z2
  return z '|' rest '|' z2
