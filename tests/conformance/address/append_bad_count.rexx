/* APPEND to a stem whose .0 is not a count: Error 54.1 before the command runs */
say 'start'
log.0 = 'none'
address system 'echo not run' with output append stem log.
say 'not reached'
