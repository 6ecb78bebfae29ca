/* SAY with various expressions */
say
say ''
say 'text'
say 1 + 1
say 'a' 'b'
say 'multiple     blanks     inside     quotes'
say   'leading blanks are not output'
x = 'abc'
say x
say '09'x || 'tab'
say 12345678901234567890
say 'trailing  '
say 'end'
