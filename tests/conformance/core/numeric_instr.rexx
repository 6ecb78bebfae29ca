/* NUMERIC DIGITS/FUZZ/FORM forms */
numeric digits 12
say digits()
numeric digits
say digits()
numeric fuzz 3
say fuzz()
numeric fuzz
say fuzz()
numeric form engineering
say form()
numeric form scientific
say form()
numeric form value 'ENGIN' || 'EERING'
say form()
numeric form value 'SCIENTIFIC'
say form()
d = 7
numeric digits d
say digits() 22/7
