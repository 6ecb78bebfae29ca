/* FIFO / LIFO names: '' and SESSION are the data queue; other names are named queues */
address system 'echo s' with output fifo 'SESSION'
say queued()
q = 'session'
address system 'echo t' with output append lifo q
say queued()
address system 'cat' with input fifo '' output stem o.
say o.0 o.1 o.2
address system 'echo x; echo y' with output fifo 'Other'
say 'named queue written, session queue has' queued()
address system 'echo z' with output append lifo 'OTHER'
address system 'cat' with input fifo 'other' output stem o.
say o.0 o.1 o.2 o.3
address system 'cat' with input fifo 'never_written'
say 'not reached'
