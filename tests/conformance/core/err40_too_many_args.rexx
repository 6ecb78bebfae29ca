/* Too many arguments to a built-in */
say length('abc')
say length('abc', 'def')
