/* EXIT -1 */
say 'exiting with -1'
exit -1
