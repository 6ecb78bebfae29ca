"""Regina's number cache as TRACE I shows it.

When Regina uses a variable's value as a number (an operand of arithmetic, a comparison or a
logical operator) it keeps the number it made in the variable until the variable is assigned
again, and its trace of a later use as a number shows that number instead of the value
(``w = '007'``: ``w + 0 w - 1`` traces the second ``w`` as ``7``, ``'1e1'`` as ``10``). For a
simple variable this happens only through a reference that has been evaluated before (a
clause's second run: the reference then holds the variable); for a compound at once.

rexxlite keeps no number in its variables; ``marks`` (per run) remembers the value object a
variable held when it was so used, keyed by the variable's pool and name (a compound: its
stem and tail), and a use shows the number while the variable still holds that very object
(a traced assignment of a simple variable forgets its mark: ``w = '007'`` in a loop assigns
the same object again).
"""

from __future__ import annotations

from rexxlite.compiler.expressions import arith, tostr
from rexxlite.runtime.variables import Ref

_LIMIT = 10000          # marks kept before they are forgotten (a long traced run)


def shown(f, key, v, may_mark: bool) -> str:
    """What a use of the variable ``key`` holding ``v`` as a number shows; the first such use
    (when ``may_mark``) makes later ones show the number."""
    marks = f.interp.trace_number_marks
    if marks.get(key) is v:
        return tostr(arith().prefix("+", tostr(v), f.digits, f.form))
    if may_mark and v.__class__ is not int and arith().is_number(tostr(v)):
        if len(marks) >= _LIMIT:
            marks.clear()
        marks[key] = v
    return tostr(v)


def forgetting(name: str, assign):
    """Assignment closure ``assign`` of simple variable ``name`` (the trace mode's), which
    also forgets the variable's kept number."""
    def assign_forgetting(f):
        assign(f)
        marks = f.interp.trace_number_marks
        if marks:
            v = f.vars.get(name)
            pool = v.pool if v.__class__ is Ref else f.vars
            marks.pop((id(pool), name), None)
    return assign_forgetting
