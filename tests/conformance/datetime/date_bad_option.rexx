/* DATE with an unknown option */
say date('S', '20000101', 'S')
say date('Q', '20000101', 'S')
