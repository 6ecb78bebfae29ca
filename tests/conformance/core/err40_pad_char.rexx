/* The pad must be a single character */
say center('a', 5, '*')
say center('a', 5, '**')
