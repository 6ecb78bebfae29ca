/* a constant PARSE position that is not plain digits: Error 26.4 before the program runs */
say 'not reached'
parse value 'abcdef' with 1e0 x +2 y
