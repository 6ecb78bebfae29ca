/* assigning to a period symbol that Regina does not reserve is Error 50 */
say 'start'
.4 = 5
