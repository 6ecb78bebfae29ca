/* COMPARE with a pad that is not one character */
say compare('a', 'a  ', ' ')
say compare('a', 'b', '')
