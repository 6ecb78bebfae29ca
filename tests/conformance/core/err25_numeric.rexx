/* NUMERIC with an unknown sub-keyword */
numeric precision 5
