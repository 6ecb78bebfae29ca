/* An unmatched comment
say 'never'
