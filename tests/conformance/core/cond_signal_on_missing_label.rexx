/* a SIGNAL ON trap whose label is missing is off once it fires (Error 16) */
signal on syntax
interpret 'signal on novalue name nonexistent; drop xxx; say xxx'
say 'not caught'
exit
syntax:
say 'caught' rc sigl condition('D')
say 'the trap is now' condition('S')
signal on syntax name again
say yyy
say 'novalue is off: no jump'
exit
again: say 'again' rc
