/* An invalid expression */
say 'before'
say 1 + * 2
