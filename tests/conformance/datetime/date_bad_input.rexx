/* DATE with an input that does not match its format */
say date('S', '28 Nov 2026', 'N')
say date('S', '2026-11-28', 'S')
