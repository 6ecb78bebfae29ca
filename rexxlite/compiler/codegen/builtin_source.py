"""Calls of LENGTH, WORDS, WORD, SUBSTR, POS, LEFT, RIGHT and TRANSLATE (both tables given),
MAX, MIN and SIGN, and ARG() / ARG(n) of a literal n, generated inline (Python source).

Taken where the closure compiler takes ``builtins/fast.py``'s specialised call: the name is the
built-in (quoted, or no internal routine of that name, no REPL rebinding), every argument
present, a count the function allows. The arguments are computed inline in Rexx's order;
the work is done inline when they are of the plain kind (a string, whole numbers in range) and
otherwise the same values go to the registered built-in, which checks them and raises Regina's
errors, as the specialised closure does. WORD and WORDS keep the last string they split per
call site (``fast.Splitter``), TRANSLATE its last arguments and result
(``fast.LastTranslation``), as the closures do: ``words(translate(rec, ' ', ','))`` of an
unchanged ``rec`` is two identity checks.
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.builtins import fast
from rexxlite.charset import MODEL
from rexxlite.numbers.numvalue import extreme, sign_of

#: The functions made inline, with the argument counts they are made for.
_COUNTS = {"LENGTH": (1,), "WORDS": (1,), "WORD": (2,), "SUBSTR": (2, 3), "POS": (2, 3),
           "LEFT": (2,), "RIGHT": (2,), "TRANSLATE": (3,)}
#: Those made inline by ``bytes_source`` (in the byte model only: one character per byte).
_BYTE_COUNTS = {"BITAND": (2,), "BITOR": (2,), "BITXOR": (2,), "C2D": (1,), "D2C": (2,)}

_BIG = 2147483648


def inline_builtin(x, node) -> str | None:
    """The local holding the value of call ``node`` made inline through ExpressionSource
    ``x``, or None when it is not made here (nothing emitted)."""
    name = node.name
    if not _the_builtin(x, node):
        return None
    if name in _BYTE_COUNTS:
        if (MODEL.utf8 or len(node.args) not in _BYTE_COUNTS[name]
                or any(a is None for a in node.args)):
            return None
        return bytes_source(x, node)
    if name == "ARG":
        return arg_source(x, node)
    if name in _NUMERIC_NAMES:
        if not node.args or any(a is None for a in node.args) or (
                name == "SIGN" and len(node.args) != 1):
            return None
        return numeric_source(x, node)
    counts = _COUNTS.get(name)
    if counts is None or len(node.args) not in counts or not fast.handles(name, node.args):
        return None
    out = x.out
    # a literal argument is Python text such as ``3`` or ``'abc'``: parenthesised, so that
    # ``(3).__class__`` is an attribute of it
    args = [v if v.isidentifier() else f"({v})" for v in (x.value(a) for a in node.args)]
    general = x.k(fast.general_call(name))
    t = out.temp()
    if name in ("LENGTH", "WORDS", "POS"):
        x.numbers.add(t)                # a whole number: no digit string to make an int
    fallback = f"{t} = {general}(f, ({', '.join(args)},))"
    if name == "LENGTH":
        s = args[0]
        out.line(f"{t} = len({s} if {s}.__class__ is str else str({s}))")
        out.line(f"if {t} >= f.lim: {t} = str({t})")
    elif name == "WORDS":
        s = args[0]
        words = out.temp("w")
        out.line(f"if {s}.__class__ is str and ({words} := {_split(x, s)}) is not None:")
        out.line(f" {t} = len({words})")
        out.line(f" if {t} >= f.lim: {t} = str({t})")
        out.line(f"else: {fallback}")
    elif name == "TRANSLATE":
        # a literal is a constant here (``is`` compares the very objects; Python warns of
        # ``is`` with a literal in the text)
        s, table_out, table_in = (x.k(a.value) if a.__class__ is ast.Literal else _text(out, v)
                                  for a, v in zip(node.args, args))
        last = x.k(fast.LastTranslation())
        out.line(f"if {s} is {last}.string and {table_out} is {last}.table_out"
                 f" and {table_in} is {last}.table_in: {t} = {last}.result")
        out.line(f"else: {t} = {last}.translate({s}, {table_out}, {table_in})")
    elif name in ("LEFT", "RIGHT"):
        s, n = args
        out.line(f"if {n}.__class__ is int and 0 <= {n} < {_BIG}:")
        s = _text(out, s, " ")
        if name == "LEFT":
            out.line(f" {t} = {s}[:{n}].ljust({n})")
        else:
            out.line(f" {t} = {s}[len({s}) - {n}:] if {n} < len({s}) else {s}.rjust({n})")
        out.line(f"else: {fallback}")
    elif name == "WORD":
        s, n = args
        words = out.temp("w")
        out.line(f"if {s}.__class__ is str and {n}.__class__ is int and 0 < {n} < {_BIG}"
                 f" and ({words} := {_split(x, s)}) is not None:")
        out.line(f" {t} = {words}[{n} - 1] if {n} <= len({words}) else ''")
        out.line(f"else: {fallback}")
    elif name == "SUBSTR":
        s, n = args[0], args[1]
        text = f"({s} if {s}.__class__ is str else str({s}))"
        if len(args) == 2:
            out.line(f"if {n}.__class__ is int and 0 < {n} < {_BIG}: {t} = {text}[{n} - 1:]")
        else:
            k = args[2]
            length = _whole_literal(k)
            if length is not None and length < _BIG:     # (substr(s, j, 4): checked here)
                out.line(f"if {n}.__class__ is int and 0 < {n} < {_BIG}:")
                out.line(f" {t} = {text}[{n} - 1:{n} + {length - 1}]")
                out.line(f" if len({t}) != {length}: {t} = {t}.ljust({length})")
            else:
                out.line(f"if ({n}.__class__ is int and {k}.__class__ is int and 0 < {n} < {_BIG}"
                         f" and 0 <= {k} < {_BIG}):")
                out.line(f" {t} = {text}[{n} - 1:{n} - 1 + {k}]")
                out.line(f" if len({t}) != {k}: {t} += ' ' * ({k} - len({t}))")
        out.line(f"else: {fallback}")
    else:                               # POS
        needle, hay = args[0], args[1]
        start = args[2] if len(args) == 3 else "1"
        if len(args) == 3:
            out.line(f"if {start}.__class__ is not int or not 0 < {start} < {_BIG}: {fallback}")
            out.line("else:")
        else:
            out.line("if True:")
        out.line(f" {t} = {needle} if {needle}.__class__ is str else str({needle})")
        out.line(f" if {t}: {t} = ({hay} if {hay}.__class__ is str else str({hay}))"
                 f".find({t}, {start} - 1) + 1")
        out.line(f" else: {t} = 0")
        out.line(f" if {t} >= f.lim: {t} = str({t})")
    return t


_NUMERIC_NAMES = ("MAX", "MIN", "SIGN")


def numeric_source(x, node) -> str:
    """MAX / MIN of values that are all ints as Python's ``max`` / ``min`` (exact, the first
    of equal ones), of ints and ``Num`` values through ``numvalue.extreme`` (no text made);
    SIGN of an int or a ``Num`` inline; a text, or anything not a number, through the
    registered built-in (which scans it and gives Regina's errors)."""
    name, out = node.name, x.out
    args = [v if v.isidentifier() else f"({v})" for v in (x.value(a) for a in node.args)]
    general = x.k(fast.general_call(name))
    t = out.temp()
    fallback = f"{t} = {general}(f, ({', '.join(args)},))"
    if name == "SIGN":
        out.line(f"{t} = {x.k(sign_of)}({args[0]})")
        out.line(f"if {t} is None: {fallback}")
        return t
    ints = " and ".join(f"{a}.__class__ is int" for a in args)
    best = args[0] if len(args) == 1 else f"{name.lower()}({', '.join(args)})"
    out.line(f"if {ints}: {t} = {best}")
    out.line("else:")
    out.line(f" {t} = {x.k(extreme)}(({', '.join(args)},), {1 if name == 'MAX' else -1},"
             f" f.form)")
    out.line(f" if {t} is None: {fallback}")
    return t


def arg_source(x, node) -> str | None:
    """ARG() (the count of arguments, trailing omitted ones not counted) and ARG(n) of a
    literal whole number n > 0 (the argument, '' when omitted), read from ``f.args`` inline;
    anything else (an option, a computed n) is the built-in's closure (None)."""
    out = x.out
    if not node.args:
        t = out.temp()
        x.numbers.add(t)
        out.line(f"{t} = len(f.args)")
        out.line(f"while {t} and f.args[{t} - 1] is None: {t} -= 1")
        out.line(f"if {t} >= f.lim: {t} = str({t})")
        return t
    if len(node.args) != 1 or node.args[0].__class__ is not ast.Literal:
        return None
    digits = node.args[0].value
    if not (digits.isdigit() and digits.isascii() and len(digits) < 10 and int(digits) > 0):
        return None
    n = int(digits)
    t = out.temp()
    out.line(f"{t} = f.args[{n - 1}] if len(f.args) >= {n} else None")
    out.line(f"if {t} is None: {t} = ''")
    return t


def _the_builtin(x, node) -> bool:
    """Whether call ``node`` is the built-in of its name (quoted, or no internal routine of
    that name, no REPL rebinding) and code for it may be made here (not the trace mode)."""
    compiler = x.compiler
    prog = compiler.prog
    return not (compiler.tracing or (not node.quoted and (prog.rebinding or node.name in prog.labels
                                                          or node.name in prog.nested_labels)))


def _whole_literal(v: str) -> int | None:
    """The value of argument text ``v`` when it is a whole-number literal (``4``, ``(4)``)."""
    digits = v[1:-1] if v[:1] == "(" else v
    return int(digits) if digits.isdigit() and digits.isascii() else None


def bytes_source(x, node) -> str:
    """BITAND / BITOR / BITXOR of two strings of one length, C2D of a string, D2C of a whole
    number that fits the length given, inline: the bytes as one integer each (as
    ``conversion._bits`` does), anything else through the registered built-in (pad rules,
    C2D beyond DIGITS, negative numbers, Regina's errors). Byte model only: a character is
    its byte (``charset.to_bytes`` is then this ``encode``)."""
    name, out = node.name, x.out
    if name in _BIT_OPERATORS:
        return _bit_source(x, node, False)[0]
    args = [v if v.isidentifier() else f"({v})" for v in (x.value(a) for a in node.args)]
    general = x.k(fast.general_call(name))
    t = out.temp()
    fallback = f"{t} = {general}(f, ({', '.join(args)},))"
    encoding = f"'latin-1', {MODEL.errors!r}"
    if name == "C2D":
        x.numbers.add(t)
        s = args[0]
        out.line(f"if {s}.__class__ is str:")
        out.line(f" {t} = int.from_bytes({s}.encode({encoding}), 'big')")
        out.line(f" if {t} >= f.lim: {fallback}")
        out.line(f"else: {fallback}")
    elif name == "D2C":
        n, k = args
        out.line(f"if ({n}.__class__ is int and {k}.__class__ is int and 0 <= {n} < f.lim"
                 f" and 0 < {k} <= 64 and {n}.bit_length() <= 8 * {k}):")
        out.line(f" {t} = {n}.to_bytes({k}, 'big').decode('latin-1')")
        out.line(f"else: {fallback}")
    return t


_BIT_OPERATORS = {"BITAND": "&", "BITOR": "|", "BITXOR": "^"}


def _is_bit_call(x, node) -> bool:
    """Whether argument ``node`` is a BITAND / BITOR / BITXOR call ``_bit_source`` makes."""
    return (node.__class__ is ast.FunctionCall and node.name in _BIT_OPERATORS
            and len(node.args) == 2 and all(a is not None for a in node.args)
            and _the_builtin(x, node))


def _bit_source(x, node, as_int: bool) -> tuple:
    """BITAND / BITOR / BITXOR of two strings of one length (``bytes_source``): the bytes as
    one integer each. ``as_int`` (the call is an argument of another such call): the result
    stays an integer when made inline, the string made only if the general path needs it.
    Returns (s, i, n): the local of the result string (None at run time when ``as_int`` and
    made inline), of its integer and of its length in bytes (-1 when not made inline).
    An operand that is a literal string is an integer and a length in the text; one that is
    itself such a call, its integer and length (no string made and taken apart again)."""
    out = x.out
    encoding = f"'latin-1', {MODEL.errors!r}"
    operands = []
    for a in node.args:
        if _is_bit_call(x, a):
            operands.append(("int",) + _bit_source(x, a, True))
            continue
        v = x.value(a)
        v = v if v.isidentifier() else f"({v})"
        data = None
        if a.__class__ is ast.Literal and _is_literal(v):
            try:
                data = a.value.encode("latin-1", MODEL.errors)
            except UnicodeError:
                data = None
        if data is not None and len(data) == len(a.value) and not any(
                kind == "const" for kind, *_ in operands):
            operands.append(("const", v, repr(int.from_bytes(data, "big")), str(len(data))))
        else:
            operands.append(("str", v, None, None))
    operator = _BIT_OPERATORS[node.name]
    general = x.k(fast.general_call(node.name))
    t = out.temp()
    if all(kind == "str" for kind, *_ in operands):
        (_, a, _, _), (_, b, _, _) = operands
        first, second = out.temp("b"), out.temp("b")
        condition = (f"{a}.__class__ is str and {b}.__class__ is str and len({a}) == len({b})"
                     f" and len({first} := {a}.encode({encoding}))"
                     f" == len({second} := {b}.encode({encoding}))")
        ints, length = [f"int.from_bytes({first}, 'big')", f"int.from_bytes({second}, 'big')"], \
            f"len({first})"
    else:
        length = next(n for kind, _, _, n in operands if kind != "str")
        parts, ints = [], []
        for kind, s, i, n in operands:
            if kind == "int":
                parts.append(f"{s} is None")
                if n != length:
                    parts.append(f"{n} == {length}")
                ints.append(i)
            elif kind == "const":
                ints.append(i)
            else:
                b = out.temp("b")
                parts.append(f"{s}.__class__ is str and len({b} := {s}.encode({encoding}))"
                             f" == {length}")
                ints.append(f"int.from_bytes({b}, 'big')")
        condition = " and ".join(parts)
    value = f"{ints[0]} {operator} {ints[1]}"
    out.line(f"if ({condition}):")
    if as_int:
        i, n = out.temp("i"), out.temp("n")
        out.line(f" {i} = {value}")
        out.line(f" {n} = {length}")
        out.line(f" {t} = None")
    else:
        i = n = None
        out.line(f" {t} = ({value}).to_bytes({length}, 'big').decode('latin-1')")
    out.line("else:")
    for kind, s, oi, on in operands:
        if kind == "int":
            out.line(f" if {s} is None: {s} = {oi}.to_bytes({on}, 'big').decode('latin-1')")
    out.line(f" {t} = {general}(f, ({', '.join(s for _, s, _, _ in operands)},))")
    if as_int:
        out.line(f" {n} = -1")
    return t, i, n


def _text(out, v: str, indent: str = "") -> str:
    """``v`` (a local or a literal) as a str: a literal string as is, else a local."""
    if _is_literal(v):
        return v
    s = out.temp("s")
    out.line(f"{indent}{s} = {v} if {v}.__class__ is str else str({v})")
    return s


def _split(x, s: str) -> str:
    """The words of str ``s`` through a new per-site ``fast.Splitter``: its last words when
    ``s`` is the string it split last (no call), else its ``split`` (always for a literal:
    Python warns of ``is`` with one)."""
    splitter = x.k(fast.Splitter())
    if _is_literal(s):
        return f"{splitter}.split({s})"
    return f"({splitter}.words if {s} is {splitter}.string else {splitter}.split({s}))"


def _is_literal(v: str) -> bool:
    """Whether argument text ``v`` is a string literal (``'abc'``, or ``('abc')`` as the
    arguments are parenthesised) rather than a local."""
    return v[:1] in ("'", '"') or v[1:2] in ("'", '"')
