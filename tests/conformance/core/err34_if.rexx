/* IF needs 0 or 1 */
x = 2
if x then say 'no'
