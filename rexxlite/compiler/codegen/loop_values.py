"""A controlled DO loop's start, TO, BY and FOR values computed inline in generated code.

``DO name = a [TO b] [BY c] [FOR n]`` evaluates ``a``, then TO / BY / FOR in the order written,
each value made a number as it is evaluated (``do_loops._number``, ``_limit``, ``_by``,
``_count``: Error 41 / 26 / 33 before the next expression is evaluated), then sets the control
variable. The closure compiler's ``do_loops._initialiser`` does this through a call of each
expression's closure and each conversion; here each expression is the generated code's own
(``ExpressionSource.value``: a loop start ``i * i`` is the inline product, reading an outer
loop's control variable from its local) and a whole number within DIGITS, what the
conversions give back unchanged, is taken as it is. Anything else (text, a ``Num``, a value
past DIGITS or no number) goes to the same conversion as the closure's, in the same order.

Taken only where each TO / BY expression is what ``do_loops.compile_exact`` compiles as an
ordinary expression (no prefix ``+`` / ``-`` chain, whose digits it keeps) and nothing is
traced; otherwise the initialiser is called as before.
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.compiler import do_loops
from rexxlite.compiler import expressions as closures
from rexxlite.runtime.variables import set_simple


def inline_possible(cs, node) -> bool:
    """Whether ``node``'s values can be generated inline (``emit_loop_values``)."""
    if cs.compiler.tracing or node.control.__class__ is not ast.Var or node.start is None:
        return False
    return all(e is None or closures.signed_literal(e).__class__ is not ast.UnaryOp
               for e in (node.to, node.by))


def emit_loop_values(cs, node, names) -> None:
    """The statements setting the locals ``names`` (start, TO, BY, FOR, direction) as the
    initialiser's ``(v, to_v, by_v, limit, up)`` and the control variable, for a loop that
    ``inline_possible`` takes."""
    out, x, k = cs.out, cs.x, cs.k
    v, to_v, by_v, limit, up = names
    start = x.value(node.start)
    out.line(f"{v} = {start}")
    out.line("lim = f.lim")
    out.line(f"if {v}.__class__ is not int or not -lim < {v} < lim:"
             f" {v} = {k(do_loops._number)}({v}, f)")
    out.line(f"{to_v} = {limit} = None")
    out.line(f"{by_v} = 1")
    order = list(node.order) or [key for key, e in (("TO", node.to), ("BY", node.by),
                                                    ("FOR", node.for_)) if e is not None]
    for key in order:
        if key == "TO" and node.to is not None:
            _one_value(cs, node.to, to_v, "-f.clim < {t} < f.clim",     # (_limit: FUZZ)
                       f"{k(do_loops._limit)}({{t}}, f)")
        elif key == "BY" and node.by is not None:
            _one_value(cs, node.by, by_v, "-lim < {t} < lim", f"{k(do_loops._by)}({{t}}, f)")
        elif key == "FOR" and node.for_ is not None:
            _one_value(cs, node.for_, limit, "0 <= {t} < lim",
                       f"{k(do_loops._count)}({{t}}, f, 3)", exact=False)
    out.line(f"{up} = {by_v} >= 0 if {by_v}.__class__ is int"
             f" else {k(closures.compare)}({by_v}, 0, f) >= 0")
    name = node.control.name
    out.line(f"if f.has_refs: {k(set_simple)}(f.vars, {name!r}, {v})")
    out.line(f"else: f.vars[{name!r}] = {v}")


def _one_value(cs, expr, local: str, in_range: str, convert: str, exact: bool = True) -> None:
    """``local = expr`` made a number: kept when an int ``in_range``, else ``convert``
    (``exact``: a TO / BY, ``-10005`` one literal, as ``compile_exact`` takes it)."""
    out = cs.out
    value = cs.x.value(closures.signed_literal(expr) if exact else expr)
    out.line(f"{local} = {value}")
    out.line("lim = f.lim")
    out.line(f"if {local}.__class__ is not int or not {in_range.format(t=local)}:"
             f" {local} = {convert.format(t=local)}")
