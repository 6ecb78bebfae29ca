/* VALUE() reads and sets variables by name */
a = 'apple'
say value('a') value('A')
say value('a', 'banana') a
name = 'B'
b = 'bee'
say value(name)
i = 3
x.3 = 'x three'
say value('x.i') value('x.3')
say value('unset_var')
call value 'c', 'set by value'
say c
say value(' a')
