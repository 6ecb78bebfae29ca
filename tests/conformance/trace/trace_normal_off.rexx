/* TRACE N is the default; TRACE O turns tracing off */
say trace()
'exit 1'
trace o
say trace()
'exit 1'
trace n
say trace()
'exit 2'
