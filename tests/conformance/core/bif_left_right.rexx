/* LEFT and RIGHT */
say '['left('abc d', 8)']' '['left('abc d', 8, '.')']' '['left('abc  def', 7)']' '['left('abc', 0)']'
say '['left('abc', 2)']' '['left('', 3)']'
say '['right('abc  d', 8)']' '['right('abc def', 5)']' '['right('12', 5, '0')']' '['right('abc', 0)']'
say '['right('abcdef', 2)']' '['right('', 2, '*')']'
