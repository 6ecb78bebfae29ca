/* VERIFY with a bad option */
say verify('abc', 'ab', 'N')
say verify('abc', 'ab', 'Y')
