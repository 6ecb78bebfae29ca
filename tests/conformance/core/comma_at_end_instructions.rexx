/* A continuation comma at the end of the source after an unfinished clause: the error
   names what that instruction missed (INTERPRET strings end like programs) */
call try 'nop ,'
call try 'signal on error ,'
call try 'call on error name x ,'
call try 'signal value x ,'
call try 'signal lab  ,'
call try 'do forever; leave a ,'
call try 'drop a (b) ,'
call try 'upper a ,'
call try 'iterate ,'
call try 'procedure ,'
call try 'procedure expose a ,'
call try 'address system "x" ,'
call try 'pull ,'
call try 'parse var x ,'
call try 'parse value 1 with ,'
call try 'parse var x a ,'
call try 'numeric form ,'
call try 'numeric form scientific ,'
call try 'numeric digits 5 ,'
call try 'numeric fuzz ,'
call try 'trace a ,'
call try 'if 1 then say 1 ,'
call try 'if 1 then nop ,'
call try 'if 1 then nop; else ,'
call try 'if 1 then do ,'
call try 'do; nop ,'
call try 'select ,'
call try 'x: nop ,'
call try 'say 1 ,'
call try 'x = 1 ,'
call try 'say 1; ,'
exit
try:
  signal on syntax
  interpret arg(1)
  say 'no error:' arg(1)
  return
syntax:
  say left(arg(1), 24) rc'.'condition('E') '['condition('D')']' 'line' sigl
  return
