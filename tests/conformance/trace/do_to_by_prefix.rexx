/* TRACE I of a DO whose TO and BY are prefix operations: each >P> line shows the text,
   rounded to DIGITS, while the loop keeps every digit (three passes, not four) */
numeric digits 4
x = 10005
trace i
do j = 9990 to -(-x) by +5; nop; end
do j = 1 to -5 by -2; nop; end
say j
