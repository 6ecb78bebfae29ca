/* SLEEP of something that is not a number is Error 41 */
say sleep('x')
