/* TRACE I: an append (r = r || x) shows its variable and the result as any concatenation,
   and a value is written up to a NUL character (Regina writes a C string) */
trace i
r = ''
do i = 1 to 3
  r = r || i
end
r = r'x'
say r
x = 'a' || '00'x || 'b'
