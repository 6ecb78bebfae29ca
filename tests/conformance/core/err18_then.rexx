/* IF without THEN */
if 1 say 'x'; say 'y'
