"""Import Lark without the third-party ``regex`` module it prefers when that is installed.

Loading ``regex`` takes longer than the rest of rexxlite's start-up, and rexxlite does not
need it: the Rexx lexer (``lexer.py``) makes the tokens and Lark only runs its LALR tables.
Every module takes Lark through here (``from .lark_loader import lark``), so whichever
imports it first keeps ``regex`` out.
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
