/* PARSE VAR, including parsing a variable into itself */
line = 'alpha beta gamma'
parse var line first line
say first '/' line
parse var line first line
say first '/' line
parse var line first line
say first '/' '['line']'
rec = 'Smith,John,42'
parse var rec last ',' first ',' age
say first last age
parse var rec
say 'rec unchanged' rec
parse var unset_thing a b
say a b
