/* Strings in both quotes, doubled quotes, empty strings */
say 'single quoted'
say "double quoted"
say 'it''s doubled'
say "she said ""hi"""
say 'mixed "quotes" inside'
say "mixed 'quotes' inside"
e = ''
say 'empty length' length(e)
say 'length of doubled' length('''')
say length("""") length('""') length("''")
say '['''']'
say 'a''b''c'
say 'abc'"def"
say ''''''
v = 'val'
say v'ue'
say 'pre'v
say 'pre' v
