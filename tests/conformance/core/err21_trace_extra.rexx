/* 'trace off now': Error 21 (trip test lexical.rexx) */
say 'start'
trace off now
