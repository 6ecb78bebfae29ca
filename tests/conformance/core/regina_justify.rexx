/* Regina's JUSTIFY: words spread over a width */
say '['justify('The blue sky', 14)']'
say '['justify('The blue sky', 8)']'
say '['justify('The blue sky', 9, '+')']'
say '['justify(' a  b ', 10)']'
say '['justify('abc', 5)']'
say '['justify('a b c d', 12)']'
say '['justify('', 5)']' '['justify('a b', 0)']'
do w = 11 to 16
  say w '['justify('a b c d e f', w)']'
end
say '['justify('a b c', 4)']' '['justify('a bb c', 5)']' '['justify('aaaaaa', 3)']'
say '['justify('one two three', 20, '.')']'
