/* Unmatched parenthesis */
say (1 + 2
