/* STRIP */
say '['strip('  ab c  ')']' '['strip('  ab c  ', 'L')']' '['strip('  ab c  ', 't')']'
say '['strip('12.7000', , 0)']' '['strip('0012.700', 'B', '0')']' '['strip('xxaxx', 'Leading', 'x')']'
say '['strip('')']' '['strip('   ')']' '['strip('a', 'b', 'a')']'
say '['strip('--a--', , '-')']' '['strip('a  ', 'T')']'
