/* SIGNAL to a label, SIGL, SIGNAL VALUE */
say 'start'
signal skip
say 'skipped'
skip:
say 'at skip, sigl =' sigl
target = 'DYN'
signal value target
say 'skipped too'
dyn:
say 'at dyn, sigl =' sigl
signal value 'FIN' || 'ISH'
finish:
say 'finished'
