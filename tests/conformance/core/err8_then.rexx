/* THEN without IF */
then say 'x'
