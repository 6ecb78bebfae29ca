/* STEM needs a symbol ending in its only period (a syntax error: nothing runs) */
say 'never printed'
address system 'echo x' with output stem a.b
