/* WITH INPUT STEM feeds lines to the command */
in.0 = 3
in.1 = 'cherry'
in.2 = 'apple'
in.3 = 'banana'
address system 'sort' with input stem in. output stem sorted.
say 'rc' rc 'count' sorted.0
do i = 1 to sorted.0; say sorted.i; end
address command 'wc -l' with input stem in. output stem wc.
say 'wc says' strip(wc.1)
in.0 = 0
address system 'wc -l' with input stem in. output stem wc.
say 'empty input:' strip(wc.1)
in.0 = 2
address system 'tr a-z A-Z' with input stem in. output stem up.
say up.0 up.1 up.2
