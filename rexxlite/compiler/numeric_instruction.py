"""The NUMERIC instruction: DIGITS, FUZZ and FORM (Errors 26, 33 for bad values)."""

from __future__ import annotations

from rexxlite.compiler.expressions import as_int, compile_str
from rexxlite.errors import RexxError

MAX_DIGITS = 1_000_000_000


def _whole(f, text: str, sub: int) -> int:
    n = as_int(text, 10 ** 18)
    if n is None:
        from rexxlite.numbers import arith
        try:
            n = arith.to_whole(text, f.digits)
        except RexxError:
            n = None
        if n is None:
            raise RexxError(26, sub, value=text)
    if n < 0:
        raise RexxError(26, sub, value=text)
    return n


#: What NUMERIC FORM takes: either word or its first letter, in any case, nothing else.
_FORMS = {"SCIENTIFIC": "SCIENTIFIC", "S": "SCIENTIFIC",
          "ENGINEERING": "ENGINEERING", "E": "ENGINEERING"}


def compile_numeric(c, node, info):
    kind = node.kind.upper()
    if node.keyword:
        keyword = node.expr.value       # FORM's keyword: no trace line (Regina)
        e = lambda f: keyword
    else:
        e = None if node.expr is None else compile_str(node.expr, c)

    if kind == "DIGITS":
        def digits(f):
            f.cl = info
            n = 9 if e is None else _whole(f, e(f), 5)
            if n <= f.fuzz:
                raise RexxError(33, 1, value=(n, f.fuzz))
            f.set_numeric(n, f.fuzz, f.form)
        return digits

    if kind == "FUZZ":
        def fuzz(f):
            f.cl = info
            n = 0 if e is None else _whole(f, e(f), 6)
            if n >= f.digits:
                raise RexxError(33, 1, value=(f.digits, n))
            f.set_numeric(f.digits, n, f.form)
        return fuzz

    def form(f):
        f.cl = info
        text = "SCIENTIFIC" if e is None else e(f)
        value = _FORMS.get(text.upper())        # the word or its first letter (Regina)
        if value is None:
            raise RexxError(33)
        f.set_numeric(f.digits, f.fuzz, value)
    return form
