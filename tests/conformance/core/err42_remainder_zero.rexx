/* Integer division by zero */
say 5 % 0
