/* TRACE A: clause texts as Regina shows them. After a hex or binary string, the columns of
   the later clauses on its line are off by the string's length (the text then runs from
   there to the next ';'); a comment after a continuation comma ends the text; a clause after
   a continued one on its last line, and a clause from its line's last character on (a
   command 'x'), show nothing; 'then;' ends an IF; THEN / ELSE / END as variables do not
   split a clause */
trace a
a = 'ffff'x; b = 2; c = 3; d = 4
a = 'ffffff'x; b = 2; cdefghijklmnopqrstuvwxyz = 3
a = '00000000'b; b = 'x;y'; c = 3
a = 'ff'x 'ee'x; b = 123456789012345678901234567890
a = 'ffffffff'x; e = 5; f = 6; g = 7
a = 'ffffffff'x; e = 5; f = 6; g = 78
s = 'a' 'b'; t = 'c'
say 'comment after comma', /* a comment */
  'next line'
say 'continued',
  'here'; y = 2; z = 3
x = 'true'
x
x; x
x 
xx = 'true'
xx
if y = 2 then; say 'null clause after then'
then = 4; else = 5; end = 6
say then else end
select; when y = 2 then; nop; otherwise; nop; end
