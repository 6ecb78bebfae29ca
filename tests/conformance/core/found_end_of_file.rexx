/* A program whose last line has no line end: found quotes a line end (Regina) */
say "before"
signal