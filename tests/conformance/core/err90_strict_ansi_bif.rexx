/* a Regina extension function under OPTIONS STRICT_ANSI is Error 90.1 */
options strict_ansi
say 'start'
say index('abc', 'b')
