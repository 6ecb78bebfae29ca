/* A CALL ON handler's RETURN value does not set RESULT in the caller */
call twice 'x'
say 'result' result
call on error name handler
'exit 1'
say 'result still' result
exit
twice: return arg(1)arg(1)
handler: return 'handler value'
