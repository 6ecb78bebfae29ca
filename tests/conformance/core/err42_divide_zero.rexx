/* Division by zero */
say 1 / 1
say 1 / 0
