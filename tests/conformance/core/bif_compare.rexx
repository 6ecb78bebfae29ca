/* COMPARE */
say compare('abc', 'abc') compare('abc', 'abd') compare('abc', 'ab')
say compare('ab', 'abc') compare('ab ', 'ab') compare('ab-', 'ab', '-')
say compare('', '') compare('', 'a') compare('a', '')
say compare('abc', 'ABC') compare('12', '012')
