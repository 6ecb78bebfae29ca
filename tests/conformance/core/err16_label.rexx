/* SIGNAL to a missing label */
say 'start'
signal nowhere
