/* Too few arguments to a built-in */
say substr('abc', 2)
say substr('abc')
