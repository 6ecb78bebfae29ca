/* a clause 'a == 1' is a bad assignment, not a command */
a = 1
a == 1
say 'not reached'
