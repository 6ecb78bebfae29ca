/* Compound interest table with NUMERIC DIGITS */
numeric digits 12
principal = 1000
rate = 0.05
say 'Year     Balance'
balance = principal
do year = 1 to 10
  balance = balance * (1 + rate)
  say right(year, 4) format(balance, 8, 2)
end
say 'Exact:' balance
numeric digits 9
say 'Rounded to 9 digits:' balance + 0
