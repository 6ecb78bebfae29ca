/* % and // of whole numbers (generated inline): every sign, zero, the DIGITS edge, errors */
do d = 5 to 20 by 15
  numeric digits d
  big = copies(9, d)
  say 'digits' digits() big
  do a = -11 to 11 by 11
    do b = -4 to 4 by 4
      if b = 0 then iterate
      say a b a % b a // b
    end
  end
  say big % 7 big // 7 (-big) % 7 (-big) // 7 big % (-big) big // (-big)
  say big % 1 big // 1 (-big) % (-1) (-big) // (-1) 0 % (-3) 0 // (-3)
  n = -big + 1
  say n % 2 n // 2 n % -2 n // -2 (n - 1) % 3 (n - 1) // 3
end
numeric digits 9
h = 0
do i = 1 to 50
  h = (h * 31 - i * 7) // 1000003
  g = (h - 500) % 17
end
say h g
numeric digits 20
h = 0
do r = 1 to 40
  h = (h + r * 2654435761 - 4294967296) // 4294967296
end
say h
numeric digits 9
call try 1234567890, '%', 3
call try -1234567890, '//', 3
call try 999999999, '%', -1
call try 7, '//', 0
call try -7, '%', 0
call try 0, '//', 0
call try '1e9', '%', '0.1'
call try 5, '//', '1e9'
call try 5, '//', 'x'
exit

try: procedure
  parse arg a, op, b
  signal on syntax name failed
  if op = '%' then x = a % b
  else x = a // b
  say a op b '->' x
  return
failed:
  say a op b '-> Error' condition('E') errortext(rc)
  return
