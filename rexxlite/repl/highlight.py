"""Syntax colours for the prompt: Pygments' Rexx lexer, plus ``--`` line comments.

Pygments knows only ``/* */`` comments; rexxlite (as Regina) also ends a line at ``--``, so
the text from ``--`` to the line end is coloured as a comment too.
"""

from __future__ import annotations

from prompt_toolkit.lexers import PygmentsLexer
from pygments.lexer import inherit
from pygments.lexers import RexxLexer
from pygments.token import Comment


class RexxliteLexer(RexxLexer):
    name = "Rexx (rexxlite)"
    aliases: list[str] = []
    tokens = {"root": [(r"--[^\n]*", Comment.Single), inherit]}


def prompt_lexer() -> PygmentsLexer:
    return PygmentsLexer(RexxliteLexer)
