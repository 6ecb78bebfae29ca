/* WITH OUTPUT STREAM naming a device: /dev/null cannot be truncated, the output goes there */
address system 'echo gone' with output stream '/dev/null'
say 'rc' rc
address system 'echo gone again' with output replace stream '/dev/null' error stream '/dev/null'
say 'rc' rc
say stream('/dev/null', 'c', 'open write replace')
say lineout('/dev/null', 'a line')
