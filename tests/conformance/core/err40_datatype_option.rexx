/* DATATYPE with an unknown type */
say datatype('abc', 'A')
say datatype('abc', 'Z')
