/* a constant PARSE position that is not a number: Error 38 (trip test lexical.rexx) */
parse source . .2e .
