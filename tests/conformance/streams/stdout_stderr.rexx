/* LINEOUT and CHAROUT to the default streams and to stdout/stderr by name */
call lineout , 'lineout to stdout'
call charout , 'charout '
call charout , 'to stdout'
say
call lineout 'stdout', 'named stdout'
call lineout 'stderr', 'to standard error'
call charout 'stderr', 'chars to stderr'
call lineout 'stderr', ''
say 'lineout returns' lineout(, 'x')
