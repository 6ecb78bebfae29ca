/* SIGNAL VALUE to a missing label */
target = 'somewhere'
signal value target
