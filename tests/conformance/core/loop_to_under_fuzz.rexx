/* DO loops whose TO is a whole number, under NUMERIC FUZZ: Regina compares the control
   variable with TO at DIGITS - FUZZ digits, so at FUZZ 8 (one digit) 17 is not above 16 */
numeric fuzz 8
n = 0; do i = 1 to 16; n = n + 1; end; say 'to' n i
n = 0; do i = 20 to 11 by -1; n = n + 1; end; say 'down' n i
n = 0; do i = 1 to 16 by 2; n = n + 1; end; say 'by 2' n i
n = 0; do i = 1 to 16; n = n + 1; do j = 1 to 2; end; end; say 'nested' n i j
n = 0; do i = 1 to 16 for 30; n = n + 1; end; say 'for' n i
n = 0; do i = 0.5 to 16; n = n + 1; end; say 'fraction' n i
n = 0; do i = 1 to 5; n = n + 1; end; say 'one digit' n i
s = 0; do i = 1 to 16; s = s + i; end; say 'sum' s i
call sub; say 'after sub' result
numeric fuzz 1
n = 0; do i = 99999990 to 100000010; n = n + 1; if n > 200 then leave; end; say 'fuzz 1' n i
k = 16; n = 0; do i = 1 while i <= k; n = n + 1; if n > 100 then leave; end; say 'while' n i
numeric fuzz 0
n = 0; do i = 1 to 16; n = n + 1; end; say 'fuzz 0' n i
/* FUZZ changed inside the loop: the passes after it compare with the new FUZZ */
n = 0; do i = 1 to 16; n = n + 1; if i = 10 then numeric fuzz 8; end; say 'set inside' n i
numeric fuzz 0
n = 0; do i = 1 to 16; n = n + 1; if i = 10 then numeric fuzz 8; do j = 1 to 1; end; end
say 'set inside, nested' n i
numeric fuzz 0
n = 0; do i = 1 to 16; n = n + 1; if i = 10 then interpret 'numeric fuzz 8'; end
say 'interpreted' n i
numeric fuzz 0
n = 0; do i = 20 to 11 by -1; n = n + 1; if i = 18 then numeric fuzz 8; end; say 'down' n i
numeric fuzz 0
n = 0; do i = 1 to 16; n = n + 1; if i = 10 then call setfuzz; end; say 'routine' n i
exit
setfuzz: numeric fuzz 8; return
sub: procedure
  n = 0; do i = 1 to 16; n = n + 1; end
  return n i
