/* ABBREV with a bad length */
say abbrev('PRINT', 'PR', 2)
say abbrev('PRINT', 'PR', 'x')
