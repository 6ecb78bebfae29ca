/* XRANGE takes single characters */
say xrange('a', 'c')
say xrange('ab', 'c')
