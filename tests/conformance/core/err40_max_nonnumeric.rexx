/* MAX with a non-numeric argument */
say max(1, 2)
say max(1, 'two')
