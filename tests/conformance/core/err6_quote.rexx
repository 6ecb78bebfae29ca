/* An unmatched quote */
say 'start
say 'end'
