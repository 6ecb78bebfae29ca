/* TRACE I: a number literal used as a number is traced at the NUMERIC DIGITS of its first use
   from then on (Regina keeps the number it made in the literal; the values are not
   affected); a compared literal shows at DIGITS 9 */
trace i
do d = 5 to 9 by 4
  numeric digits d
  say 100000 + 0 123456 * 1 (123456 > 1)
  do x = 1 to 123456 by 99999; end
end
do d = 9 to 5 by -4
  numeric digits d
  say 1234567 + 0
end
