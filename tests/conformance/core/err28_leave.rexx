/* LEAVE outside a loop */
say 'start'
leave
