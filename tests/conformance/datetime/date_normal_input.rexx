/* DATE conversions from the normal (dd Mon yyyy) format */
say date('S', '28 Nov 2026', 'N')
say date('S', '1 Jan 2000', 'N')
say date('W', '25 Dec 2025', 'N')
say date('B', '29 Feb 2024', 'N')
say date('U', '4 Jul 1976', 'N')
say date('E', '14 Jul 1789', 'N')
say date('M', '5 May 2005', 'N')
say date('O', '31 Dec 1999', 'N')
