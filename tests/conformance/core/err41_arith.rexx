/* Bad arithmetic conversion */
a = 'ten'
say 'before'
say a + 1
