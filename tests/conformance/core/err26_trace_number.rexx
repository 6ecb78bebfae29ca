/* a TRACE number that is not whole: Error 26.7 */
trace 1e2
say trace()
trace 3.5
