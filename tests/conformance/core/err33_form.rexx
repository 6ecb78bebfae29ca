/* NUMERIC FORM VALUE with a bad value */
numeric form value 'ENGINEERING'
say form()
numeric form value 'X'
say 'not reached'
