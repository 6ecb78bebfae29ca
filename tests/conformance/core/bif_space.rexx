/* SPACE */
say '['space('abc  def  ')']'
say '['space('  abc def  ', 3)']'
say '['space('abc  def  ', 1)']'
say '['space('abc  def  ', 0)']'
say '['space('abc  def  ', 2, '+')']'
say '['space('')']' '['space('   ')']' '['space('one', 5)']'
