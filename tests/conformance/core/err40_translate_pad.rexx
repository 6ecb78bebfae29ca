/* TRANSLATE with a long pad */
say translate('abc', 'x', 'ab', '.')
say translate('abc', 'x', 'ab', '..')
