/* a UTF-8 character outside a string: Regina names its lead byte */
x = 1
é = 4
