/* the UPPER instruction under OPTIONS STRICT_ANSI is Error 90.2 */
options 'STRICT_ANSI'
a = 'x'
upper a
say a
