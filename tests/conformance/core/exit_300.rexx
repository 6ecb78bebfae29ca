/* EXIT 300: the status is truncated by the system */
say 'exiting with 300'
exit 300
