/* SIGNAL VALUE with nothing after it is Error 19.4, not a jump to a label VALUE */
say "before"
signal value
value:
say "never"
