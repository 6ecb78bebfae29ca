/* DIGITS FORM FUZZ */
say digits() form() fuzz()
numeric digits 30; numeric fuzz 10; numeric form engineering
say digits() form() fuzz()
