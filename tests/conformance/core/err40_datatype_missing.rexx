/* DATATYPE with no arguments */
say datatype(5)
say datatype()
