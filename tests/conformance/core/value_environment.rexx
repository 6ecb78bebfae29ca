/* VALUE with the ENVIRONMENT and SYSTEM pools */
say '['value('REXXLITE_CONF_UNSET', , 'ENVIRONMENT')']'
old = value('REXXLITE_CONF_VAR', 'one', 'ENVIRONMENT')
say '['old']' value('REXXLITE_CONF_VAR', , 'ENVIRONMENT')
say value('REXXLITE_CONF_VAR', 'two', 'SYSTEM') value('REXXLITE_CONF_VAR', , 'SYSTEM')
'echo $REXXLITE_CONF_VAR'
say value('HOME', , 'ENVIRONMENT') = value('HOME', , 'SYSTEM')
