/* A whole number is required */
say copies('ab', 2)
say copies('ab', 1.5)
