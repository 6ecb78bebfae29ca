/* CHANGESTR and COUNTSTR */
say changestr('a', 'banana', 'o')
say changestr('an', 'banana', 'AN')
say changestr('x', 'banana', 'y')
say changestr('', 'banana', 'y')
say changestr('na', 'banana', '')
say changestr('aa', 'aaaaa', 'b')
say countstr('a', 'banana') countstr('an', 'banana') countstr('x', 'banana')
say countstr('aa', 'aaaaa') countstr('', 'abc')
