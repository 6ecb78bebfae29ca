"""Whole lines of the commonest shapes built straight from the source text, without raw tokens.

``build_line(source, i, line)`` is asked by the scanner (``lexer.scan_lines``) at the start of a
line that begins a clause (the line before it ended its clause). When the whole line, up to
its line feed, is one of

- ``CALL name [term {, term}]``,
- ``SAY``, ``RETURN``, ``EXIT``, ``PUSH`` or ``QUEUE`` ``[value]``,
- ``name = [value]``,

where a term is a symbol or a plain string (quotes, no doubled quote, not hex or binary) and a
value is a term or ``name(term {, term})`` touching its ``(``, with blanks and tabs between
them only, it returns the clause's ``Built`` token (the instruction's node, the same node the
clause lexer and ``simple_clauses`` would make of the line's raw tokens, with the token it
starts with) and where the line's line feed is; else None, and the scanner reads the line as
usual. One regex match stands for the raw token of each symbol, string, comma and
parenthesis: there is no comment, continuation, operator or anything else unusual in such a
line to be read the long way (a line with any of them is not matched), and a line that is
matched cannot hold an error.
"""

from __future__ import annotations


from rexxlite.syntax import ast
from rexxlite.syntax.lexer import Raw, built_token
from rexxlite.syntax.simple_clauses import RULES, literal_node, symbol_node
from rexxlite.syntax.sre_patterns import pattern

__all__ = ["build_line", "forget_terms"]

# (possessive: what follows a symbol, a string or a blank run is never a piece of one, so no
# match is found by giving some back, and a line that is not matched fails at once)
_SYM = r"[A-Za-z0-9.!?_@#$]++"
_STR = r"'[^'\n]*+'|\"[^\"\n]*+\""
_TERM = f"(?:{_SYM}|{_STR})"
_TERMS = f"{_TERM}(?:[ \\t]*+,[ \\t]*+{_TERM})*+"
_VALUE = f"(?:({_SYM})\\([ \\t]*+({_TERMS})?[ \\t]*+\\)|({_TERM}))"
_NAME = r"[A-Za-z!?_@#$][A-Za-z0-9.!?_@#$]*+"      # a symbol that is not a constant
# groups: 1 CALL, 2 its name, 3 its arguments; 4 the keyword, 5 the assigned name; of the
# value: 6 a function's name, 7 its arguments, 8 a term
_LINE = pattern(
    f"(?a)[ \\t]*+(?:(?i:(call))[ \\t]++({_SYM})(?:[ \\t]++({_TERMS}))?"
    f"|(?:(?i:(say|return|exit|push|queue))(?:[ \\t]++|(?=\\n))|({_NAME})[ \\t]*+=[ \\t]*+)"
    f"{_VALUE}?)[ \\t]*+(?=\\n)").match
_EACH_TERM = pattern(f"{_SYM}|{_STR}").findall     # (of a text _TERMS matched)
_CONST_STARTS = frozenset("0123456789.")
_CLAUSES = {"SAY": ast.Say, "RETURN": ast.Return, "EXIT": ast.Exit, "PUSH": ast.Push,
            "QUEUE": ast.Queue}

#: A term's node by the term as written (a string with its quotes): the nodes are the shared
#: ones of ``simple_clauses``; emptied after each parse (``forget_terms``).
_TERM_NODES: dict = {}
_term_get = _TERM_NODES.get


def forget_terms() -> None:
    """Let go of the terms of the program parsed last."""
    _TERM_NODES.clear()


def _term(text: str):
    """The node of a term (with the blanks around it, if any) as ``simple_clauses`` makes it
    of its raw token."""
    written = text.strip(" \t")
    if written[0] == "'" or written[0] == '"':
        node = literal_node(written[1:-1])
    else:
        value = written.upper()
        if value[0] in _CONST_STARTS:
            node = ast.SpecialVar(value) if value in ast.SPECIAL_VARIABLES else literal_node(value)
        else:
            node = symbol_node(value)
    _TERM_NODES[text] = node
    return node


def _terms(text):
    """The nodes of the terms of a list ``_TERMS`` matched (None: no list). It is cut at its
    commas (``str.split``: a regex's ``findall`` takes five times as long), unless a comma is
    in a string."""
    if text is None:
        return []
    pieces = text.split(",")
    if ("'" in text or '"' in text) and _string_cut(pieces):
        pieces = _EACH_TERM(text)
    return [_term_get(piece) or _term(piece) for piece in pieces]


def _string_cut(pieces) -> bool:
    """Whether a comma in a string cut it: its first piece then lacks its closing quote (a
    string holds no quote of its own kind)."""
    for piece in pieces:
        written = piece.strip(" \t")
        if (written[0] == "'" or written[0] == '"') and (len(written) == 1
                                                         or written[-1] != written[0]):
            return True
    return False


def build_line(source: str, i: int, line: int):
    """The ``Built`` token of the line starting at ``source[i]`` (number ``line``) and the
    index of its line feed, or None (see the module's docstring)."""
    m = _LINE(source, i)
    if m is None:
        return None
    call, name, arguments, keyword, target, function, inside, term = m.groups()
    if call is not None:
        value = name.upper()
        if value == "ON" or value == "OFF":
            return None
        written = call
        kind = "CALL"
        node = ast.Call(value, _terms(arguments), line=line)
    else:
        if function is not None:
            expr = ast.FunctionCall(function.upper(), _terms(inside))
        elif term is not None:
            expr = _term_get(term) or _term(term)
        else:
            expr = None
        if keyword is not None:
            written = keyword
            kind = keyword.upper()
            node = _CLAUSES[kind](expr, line=line)
        else:
            written = target
            kind = "ASSIGN"
            value = target.upper()
            if expr is None:
                node = ast.Assignment(symbol_node(value), literal_node(""), True, line=line)
            else:
                node = ast.Assignment(symbol_node(value), expr, False, line=line)
    start = m.start(1 if call is not None else 4 if keyword is not None else 5)
    first = Raw()                   # the token the clause lexer would have made of it
    first.kind = "sym"
    first.value = written.upper() if kind != "ASSIGN" else value
    first.line = line
    first.column = start - i + 1
    first.start_pos = start
    first.blank = start != i
    first.text = written
    first.err = None
    first.type = first.ctx = kind
    first.cline = line
    return built_token(node, RULES[kind], first), m.end()
