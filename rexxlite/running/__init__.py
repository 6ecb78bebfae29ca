"""running: the pipeline end to end: a program parsed, compiled and run (the Interpreter: CALL,
RETURN, SIGNAL, conditions, INTERPRET), external Rexx routines, and the exit status of a run.

Layer 6. May import every layer below (compiler, builtins, commands, runtime, numbers, syntax).
Imported by the cli, the REPL and the setup tools only.
"""
