/* EXIT with a status */
say 'exiting with 3'
exit 3
say 'not reached'
