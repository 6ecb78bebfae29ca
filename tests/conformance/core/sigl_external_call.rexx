/* SIGL is left alone by a call of an external routine (Regina) */
file = '/tmp/rexxlite_conf_sigl_external.rexx'
call lineout file, "say 'in the external routine, SIGL is' symbol('SIGL')"
call lineout file, "return 7"
call lineout file
sigl = 'before'
x = '/tmp/rexxlite_conf_sigl_external.rexx'(1)
say 'function call:' x sigl
call '/tmp/rexxlite_conf_sigl_external.rexx'
say 'CALL:' result sigl
call internal
say 'internal CALL:' sigl
address system 'rm -f' file
exit
internal: return
