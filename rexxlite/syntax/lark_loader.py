"""Import Lark without the third-party ``regex`` module it prefers when that is installed.

Lark is used only to build the LALR tables of the grammar (``parse_tables``), and only when
they are not cached. Loading ``regex`` takes longer than the rest of rexxlite's start-up, and
rexxlite does not need it: the Rexx lexer (``lexer.py``) makes the tokens. Every module takes
Lark through here (``from rexxlite.syntax.lark_loader import lark``), so whichever imports it
first keeps ``regex`` out. ``TokensGiven`` is the lexer class Lark is given: none (Lark wants
one, at module level, as its own table cache pickles it).
"""

from __future__ import annotations

import sys


def _load():
    if "regex" in sys.modules or "lark" in sys.modules:
        import lark
        import lark.lexer
        return lark
    sys.modules["regex"] = None          # makes ``import regex`` fail inside lark
    try:
        import lark
        import lark.lexer
    finally:
        del sys.modules["regex"]
    return lark


lark = _load()


class TokensGiven(lark.lexer.Lexer):
    """No lexing: rexxlite's lexer makes the tokens."""

    def __init__(self, lexer_conf):
        pass

    def lex(self, data):  # pragma: no cover - the tables are only read, never run by Lark
        return iter(data)
