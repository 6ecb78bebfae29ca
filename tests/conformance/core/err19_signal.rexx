/* SIGNAL needs a label */
say 'start'
signal ;
