/* ELSE without IF */
say 'a'
else say 'b'
