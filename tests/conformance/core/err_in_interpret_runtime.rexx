/* A runtime error inside INTERPRET */
code = 'say "interpreting"; z = "a" * 2'
interpret code
