/* LENGTH and REVERSE */
say length('abcdefgh') length('') length(' ') length(12.50) length(1e3) length(1e3 + 0)
say reverse('ABc.') '['reverse('')']' reverse('a b') reverse(123)
