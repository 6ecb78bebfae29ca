/* FIFO needs a name ('' is the default queue) */
say 'never printed'
address system 'echo x' with output fifo
