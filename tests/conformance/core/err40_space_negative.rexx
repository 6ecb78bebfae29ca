/* SPACE with a negative count */
say space('a  b', 2)
say space('a  b', -1)
