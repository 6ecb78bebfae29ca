/* a clause '123 == "hallo"' is a bad assignment (Regina), not a command */
say 'start'
123 == "hallo"
say 'not reached'
