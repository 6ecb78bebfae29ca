/* Exit statuses of commands: 300 wraps to 44, 255, and a signal */
'exit 300'
say 'exit 300 rc' rc
'exit 255'
say 'exit 255 rc' rc
'exit 0'
say 'exit 0 rc' rc
'kill -9 $$'
say 'killed rc' rc
