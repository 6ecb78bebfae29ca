/* A prefix operator ending a line: Error 35 quotes the line end and the next line's indentation */
old = ''
if old = '' then -
    old = '-6,-3--1'
say old
