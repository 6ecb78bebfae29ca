"""syntax: Rexx source text -> the abstract syntax tree (lexer, Lark LALR parser, AST, the parsed-program cache).

Layer 1. May import: rexxlite.errors, rexxlite.error_messages, rexxlite.charset, lark (through
lark_loader). Never imports numbers, runtime, commands, builtins, compiler or running.
"""
