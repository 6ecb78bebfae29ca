/* A DO loop whose start is beyond NUMERIC DIGITS (a Num, exponential) against a whole TO */
do i = 40000 to 40002
  do j = i * i to 200000 by i
    say 'never' j
  end
  say i j
end
do j = 99999 * 99999 to 9999800001 by 10
  say 'pass' j
  if j > 9999800005 then leave
end
say j
numeric digits 5
do j = 123456 * 2 to 300000 by 1000
  say j
  if j > 250000 then leave
end
say j
do j = 0.5 * 3 to 2
  say 'half' j
end
do j = -(12345 * 100) to -1234400 by 100000
  say 'neg' j
end
do j = 12344 * 10 to 123440 by 1
  say 'equal' j
  leave
end
numeric fuzz 1
do j = 12345 * 10 to 123449
  say 'fuzz' j
  leave
end
