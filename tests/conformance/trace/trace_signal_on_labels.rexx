/* A label reached by a SIGNAL ON trap (SYNTAX, NOVALUE, ERROR) is traced; one reached by SIGNAL is not */
trace l
signal there
say 'no'
there:
say 'here'
trace a
signal on syntax name oops
y = 'a' + 1
exit
oops:
say 'trapped'
signal on novalue name nv
trace a
z = undefinedvar
exit
nv:
say 'nv'
trace a
signal t2
t2: say 'x'
signal value 'T3'
t3: nop
signal on error name er
'exit 3'
exit
er: say 'er'
