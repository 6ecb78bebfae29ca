"""PARSE template matching: a compiled template is ``fn(frame, string)`` assigning its targets.

The template is split at compile time into groups: the targets (variables or ``.``) that share
one piece of the string, followed by the pattern that ends the piece. Matching follows Regina:

- a string pattern (literal or ``(expr)``) found at k: the piece ends at k, the next piece
  starts after the match, and relative positions count from k (the match start);
- an absolute position t: the piece runs from the current start to t (to the end of the
  string when t is not after the start); the next piece starts at t;
- a relative position: t = match start +/- n, the piece runs from the match start to t (to
  the end when t is not after it, and always for ``-``: ``-(v)`` with v negative too, as
  Regina);
- a piece given to several targets is split into words, separated by C white space (blank,
  tab, newline, VT, FF, CR: Regina's isspace()): each target but the last takes one word, the
  last takes the rest after the one white-space character ending the previous word.

CASELESS compares Rexx's upper case of both (a-z only, as Regina: Python's ``str.upper`` would
fold other letters too and make 'ß' two characters, moving every position after it).
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.errors import RexxError
from rexxlite.charset import rexx_upper

_BLANKS = " \t\n\v\f\r"        # C isspace(), as Regina splits words
_C_INT = 2 ** 31                # positions past a C int are Error 26.4, as in Regina


def assign_words(f, targets, piece: str) -> None:
    """Give ``piece`` to ``targets`` (assign fns or None for ``.``) the way Rexx does."""
    n = len(targets)
    if n == 1:
        t = targets[0]
        if t is not None:
            t(f, piece)
        return
    rest = piece
    for i, t in enumerate(targets):
        if i == n - 1:
            if t is not None:
                t(f, rest)
            return
        rest = rest.lstrip(_BLANKS)
        end = 0
        ln = len(rest)
        while end < ln and rest[end] not in _BLANKS:
            end += 1
        word = rest[:end]
        rest = rest[end + 1:]
        if t is not None:
            t(f, word)


def whole_position(f, value) -> int:
    """A position's value as a whole number (Error 26.4 when it is not one, or past a C int)."""
    if value.__class__ is int and -_C_INT < value < _C_INT:
        return value                # (a literal position, made an int when compiled)
    from rexxlite.compiler.expressions import as_int, tostr
    n = as_int(value, _C_INT)     # past a C int (2147483647): Error 26.4, as Regina
    if n is None:
        text = tostr(value)
        try:
            from rexxlite.numbers import arith
            n = arith.to_whole(text, f.digits)
        except ImportError:  # pragma: no cover - arith is part of the package
            n = None
        if n is None or abs(n) >= _C_INT:
            raise RexxError(26, 4, value=text)
    return n


def compile_template(template: ast.Template, c, caseless: bool = False):
    """``template`` -> ``fn(frame, string)``."""
    from rexxlite.compiler.expressions import compile_str

    groups: list = []          # [(targets, pattern)]; pattern: (kind, value-or-fn, is_fn)
    targets: list = []
    for item in template.items:
        cls = item.__class__
        if cls is ast.TargetItem:
            targets.append(c.compile_parse_target(item.target))
            continue
        if cls is ast.LiteralPattern:
            pattern = ("str", item.value, False)
        elif cls is ast.VariablePattern:
            pattern = ("str", compile_str(item.expr, c), True)
        elif cls is ast.Position:
            value = item.value
            if value.__class__ is ast.Literal:
                text = value.value
                plain = text.isdigit() and text.isascii() and len(text) < 10
                pattern = (item.kind, int(text) if plain else text, False)
            else:
                pattern = (item.kind, compile_str(value, c), True)
        else:
            raise RexxError(38, 1, token=str(item))
        groups.append((targets, pattern))
        targets = []
    groups.append((targets, None))

    simple_words = len(groups) == 1
    only_targets = groups[0][0]

    if simple_words:
        def parse_words(f, s):
            assign_words(f, only_targets, s)
        return parse_words

    if not caseless and all(p is None or (p[0] == "str" and not p[2] and p[1])
                            for _, p in groups):
        return _literal_patterns(groups)

    def parse(f, s: str) -> None:
        start = 0          # where the next piece starts
        anchor = 0         # where the last pattern matched (base of relative positions)
        length = len(s)
        folded = rexx_upper(s) if caseless else None
        for tgts, pattern in groups:
            if pattern is None:
                if tgts:
                    assign_words(f, tgts, s[start:])
                return
            kind, value, is_fn = pattern
            if is_fn:
                value = value(f)
            if kind == "str":
                k = -1
                if value:
                    if caseless:
                        k = folded.find(rexx_upper(value), start)
                    else:
                        k = s.find(value, start)
                if k < 0:
                    piece = s[start:]
                    start = anchor = length
                else:
                    piece = s[start:k]
                    anchor = k
                    start = k + len(value)
            elif kind == "abs":
                t = whole_position(f, value) - 1
                t = 0 if t < 0 else (length if t > length else t)
                piece = s[start:t] if t > start else s[start:]
                start = anchor = t
            else:
                n = whole_position(f, value)
                t = anchor + n if kind == "+" else anchor - n
                t = 0 if t < 0 else (length if t > length else t)
                # a minus position gives the rest of the string even when a negative
                # value puts it after the match start (Regina)
                piece = s[anchor:t] if t > anchor and kind == "+" else s[anchor:]
                start = anchor = t
            if tgts:
                assign_words(f, tgts, piece)
    return parse


def _literal_patterns(groups):
    """The usual template: targets separated by non-empty literal string patterns. The pieces
    of the last string parsed are remembered (by identity), so parsing one unchanged variable
    in a loop finds its patterns once."""
    literals = [(pattern[1], len(pattern[1])) for _, pattern in groups[:-1]]
    targets = [tgts for tgts, _ in groups]
    last_string: list = [None, None]            # the string, its pieces

    def parse_literals(f, s: str) -> None:
        if s is last_string[0]:
            pieces = last_string[1]
        else:
            pieces = []
            start = 0
            find = s.find
            for literal, size in literals:
                k = find(literal, start)
                if k < 0:
                    pieces.append(s[start:])
                    start = len(s)
                else:
                    pieces.append(s[start:k])
                    start = k + size
            pieces.append(s[start:])
            last_string[0] = s
            last_string[1] = pieces
        for tgts, piece in zip(targets, pieces):
            if tgts:
                assign_words(f, tgts, piece)
    return parse_literals
