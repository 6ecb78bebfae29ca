/* Arithmetic overflow */
say 1e999999999 * 10
