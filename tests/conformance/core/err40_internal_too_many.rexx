/* Internal routines may take any number of arguments; built-ins may not */
say count(1, 2, 3, 4, 5)
say reverse('abc', 'def')
exit
count: return arg()
