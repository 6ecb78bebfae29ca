/* UPPER of a stem is Error 32 */
s. = 'def'; s.1 = 'one'
upper s.1
say s.1
upper s.
say 'not reached'
