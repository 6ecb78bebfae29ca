/* XRANGE */
say xrange('a', 'f') c2x(xrange('00'x, '03'x)) c2x(xrange('fe'x, '02'x))
say xrange('i', 'j') xrange('a', 'a') length(xrange()) c2x(left(xrange(), 3)) c2x(xrange('fd'x))
say length(xrange('a')) length(xrange(, 'a'))
