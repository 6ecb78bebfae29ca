/* a byte that is not UTF-8, outside a string, on line 3: Error 13.1 there */
say "before"
say 2 ÿ
say "never"
