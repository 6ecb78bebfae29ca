/* A number is required */
say abs(-3)
say abs('abc')
