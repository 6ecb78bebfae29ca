"""Regina's parse-time folding of an INTERPRET string, as TRACE I shows it.

Regina parses an interpreted string while the program runs, and its parser evaluates the
constant arguments of every function call and CALL as it reads them: at the end of each
argument list (inner calls first, as their lists end), the arguments that are constants (a
literal, or a concatenation of constants) are evaluated from the last to the first. Under
TRACE I those evaluations are traced (``>L>``, ``>O>``) before the string's first clause runs,
and each time the INTERPRET runs (Regina parses the string again). Regina folds a
parenthesised constant the same way when its ')' is read; rexxlite's tree keeps no
parentheses, so that part is not shown (docs/deviations.md).

``folded_arguments`` lists the argument expressions in Regina's order; the INTERPRET clause
evaluates their trace-mode closures (``compile_expr`` of the trace-mode compiler).
"""

from __future__ import annotations

from rexxlite.syntax import ast

_CONCATENATIONS = ("||", " ", "")


def _constant(node) -> bool:
    """A literal, or a concatenation of constants: what Regina's parser evaluates."""
    cls = node.__class__
    if cls is ast.Literal:
        return True
    return cls is ast.BinaryOp and node.op in _CONCATENATIONS and _constant(
        node.left) and _constant(node.right)


def _walk(item, out: list) -> None:
    cls = item.__class__
    if cls is list or cls is tuple:
        for part in item:
            _walk(part, out)
        return
    if cls.__module__ != ast.__name__:
        return
    for name in cls._fields:
        _walk(getattr(item, name, None), out)
    if cls is ast.FunctionCall or cls is ast.Call:
        out.extend(arg for arg in reversed(item.args) if arg is not None and _constant(arg))


def folded_arguments(body: list) -> list:
    """The constant arguments Regina evaluates while parsing clauses ``body``, in its order."""
    out: list = []
    try:
        _walk(body, out)
    except RecursionError:      # an expression nested too deep to walk: nothing shown
        return []
    return out
