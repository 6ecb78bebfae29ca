/* ABBREV */
say abbrev('PRINT', 'PRI') abbrev('PRINT', 'PRI', 4) abbrev('PRINT', 'PRINT')
say abbrev('PRINT', '') abbrev('PRINT', '', 1) abbrev('PRINT', 'PRINTS')
say abbrev('PRINT', 'pri') abbrev('print', 'PRI') abbrev('PRINT', 'P', 0)
say abbrev('', '') abbrev('', '', 0) abbrev('abc', 'ac')
say abbrev('Hello', 'He', 2)
