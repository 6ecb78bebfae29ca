/* Keywords and symbols are case insensitive; strings are not */
SAY 'upper say'
Say 'mixed say'
MyVar = 'x'
say myvar MYVAR
If 1 Then Say 'then'
DO I = 1 To 2; say i; END
say 'Case' "CASE"
say 'abc' = 'ABC'
say translate('abc')
