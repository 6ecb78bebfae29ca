/* DROPBUF of a number that is not whole is Error 26 */
say makebuf()
say dropbuf(1.5)
