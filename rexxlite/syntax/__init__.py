"""syntax: Rexx source text -> the abstract syntax tree (lexer, LALR tables made by Lark and run by rexxlite, AST, the parsed-program cache).

Layer 1. May import: rexxlite.errors, rexxlite.error_messages, rexxlite.charset, rexxlite.grammar
(the grammar file), lark (through lark_loader, only to build the parser's tables). Never imports
numbers, runtime, commands, builtins, compiler or running.
"""
