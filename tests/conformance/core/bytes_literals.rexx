/* Non-ASCII literals: the UTF-8 bytes of the source are the string */
s = 'héllo'
say length(s) c2x(s)
say c2x(substr(s, 2, 1)) c2x(substr(s, 2, 2)) substr(s, 2, 2)
say c2x(reverse('é')) length('═') c2x('═') length('😀') c2x('😀')
say left(s, 3) || '|' pos('l', s) lastpos('l', s) verify(s, 'helo')
say translate('é') c2x(translate('é', 'E', 'é')) upper('é') lower('É')
say '═══' copies('═', 2) length(copies('═', 2))
e = '€'
say length(e) c2x(e) c2d(e) c2x(bitand(e, '7f7f7f'x))
parse var s first 2 mid 4 rest
say c2x(mid) rest
say words('a é b') wordindex('é é', 2) length(space(' é  é '))
say (s = 'h' || 'c3a9'x || 'llo') ('é' == 'c3a9'x) datatype('é', 'A')
