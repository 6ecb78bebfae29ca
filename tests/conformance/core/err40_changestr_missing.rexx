/* CHANGESTR needs three arguments */
say changestr('a', 'banana', 'o')
say changestr('a', 'banana')
