/* NUMERIC FORM SCIENTIFIC and ENGINEERING */
say form()
say 1e10 + 0
say 12345678901 * 1
say 1.5e-12 * 1
numeric form engineering
say form()
say 1e10 + 0
say 12345678901 * 1
say 123456789012 * 1
say 1.5e-12 * 1
say 1.5e-11 * 1
say 1e-7 * 1
numeric form scientific
say form() 1e10 + 0
numeric form value 'ENGINEERING'
say form() 1e11 + 0
numeric form value 'SCIENTIFIC'
say form()
