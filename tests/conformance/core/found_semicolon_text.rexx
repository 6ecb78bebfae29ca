/* Error messages quoting an explicit ";" show what follows it up to the next token */
call try 'procedure expose; '
call try 'signal ;   '
call try 'signal ;'
call try 'parse var ;'"09"x' say 1'
call try 'address value ; /* c */ say 1'
call try 'drop a; procedure expose ;  ,' || '0a'x || '   say 1'
call try 'signal ; , /* x */' || '0a'x || ' say 1'
call try 'signal ;/* a' || '0a'x || ' /* b */ c */x'
call try 'signal ;;  '
exit
try:
  signal on syntax
  interpret arg(1)
  say 'no error'
  return
syntax:
  say rc'.'condition('E')': ['condition('D')']'
  return
