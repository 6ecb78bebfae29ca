/* Negative RCs are FAILURE: a killed command (always -9 under SYSTEM), an empty COMMAND, a file that cannot be run */
call on error
call on failure
'kill -15 $$'
address command 'sh -c "kill -15 $$"'
address command ''
address command '/etc/passwd'
address system ''
say 'empty system command rc' rc
exit
error:   say 'ERROR' rc; return
failure: say 'FAILURE' rc '[' || condition('D') || ']'; return
