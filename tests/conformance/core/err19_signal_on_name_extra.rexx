/* SIGNAL ON ... NAME with more after the name: Error 19.3 */
say 'start'
signal on novalue name foo bar
