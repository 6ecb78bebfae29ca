"""compiler: the AST -> runnable code (clause functions, DO loops generated as Python source,
PARSE templates, TRACE variants) for the instructions of a program.

Layer 5. May import: builtins, commands, runtime, numbers, syntax and the foundation modules.
Never imports running.
"""
