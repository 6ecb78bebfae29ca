/* APPEND adds to a stem, REPLACE (the default) starts it again */
address system 'echo first' with output stem log.
address system 'echo second' with output append stem log.
address system 'printf "third\nfourth\n"' with output append stem log.
say 'after appends:' log.0
do i = 1 to log.0; say i log.i; end
address system 'echo fresh' with output replace stem log.
say 'after replace:' log.0 log.1
address system 'echo again' with output stem log.
say 'default replaces:' log.0 log.1
