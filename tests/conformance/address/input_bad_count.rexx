/* INPUT STEM needs stem.0 to be a count of lines */
in.1 = 'x'
address system 'cat' with input stem in.
say 'not reached'
