/* TRACE() returns the old setting and can set a new one */
say trace()
old = trace('R')
say 'old' old
x = 1 + 1
old = trace('N')
say 'old' old 'now' trace()
call trace 'A'
say 'via call'
trace off
say trace()
