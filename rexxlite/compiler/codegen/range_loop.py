"""A counted ``DO name = a TO b [BY c]``, ``DO name = a FOR n [BY c]`` or ``DO name = a TO b
FOR n [BY c]`` generated as a Python ``for ... in range(...)``.

Taken when the loop starts with whole numbers a <= ... and c > 0 such that every value the
control variable takes, and the one after the last pass (b + c, or a + n * c for a FOR n:
the range stops at the nearer of the two), lies within NUMERIC DIGITS:
then each step is Python's exact sum, as Regina's is, and no step needs a check of its own.
A TO that is not a whole number stops the range after its floor where Regina's comparison
with it is exact (``do_loops.whole_limit``: ``do p = 0 to 10 / 3``); a body that changes the
variable goes on in the general loop with the TO itself.
A TO or BY beyond DIGITS is never an int here (``do_loops`` keeps it as text, Regina compares
and steps with all its digits), so such a loop takes the general path, as does anything that
does not start this way.

The body must leave DIGITS alone for the loop's duration: no NUMERIC or INTERPRET inside
(a routine it calls gets its own NUMERIC settings back on return).

A body that provably leaves the control variable alone (``sealed_body``) reads it from the
``for``'s local, and the stems it uses are fetched once before the loop (again after a
fallback that may have made the stem); the variable is stored in the pool only where it may be
read: before a fallback closure or a nested loop, when an exception leaves the loop, and after
the loop. Any other
body is checked by identity at the top of each pass (``d[name] is p``: the object the loop
stored, so an equal value assigned by the body steps the same): if it changed, or the pool got
references, the loop goes on in the closure compiler's general loop from that value.
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.syntax.clause_tree import has_clause
from rexxlite.compiler import do_loops
from rexxlite.compiler.codegen import run_support
from rexxlite.compiler.codegen.sealed_body import sealed


def emit_range_loop(cs, node, info, parts, loop_class) -> str:
    """The loop's code through ClauseSource ``cs`` (its body made by ``cs.block``); returns
    the name of its ``tok`` local (a control token for an outer loop or the routine)."""
    init, general, _getter, _setter, _ = parts
    out = cs.out
    k = cs.k
    v, to_v, by_v, limit, up = (out.temp(p) for p in ("v", "to", "by", "limit", "up"))
    tok = out.temp("tok")
    out.line(f"f.cl = {k(info)}")
    cs.loop_values(node, init, (v, to_v, by_v, limit, up))
    out.line(f"{tok} = None")
    out.line("lim = f.lim")
    has_to, has_for = node.to is not None, node.for_ is not None
    bound = to_v                        # the range's int TO (a non-integer one's floor)
    if has_to:
        bound = out.temp("bound")
        out.line(f"{bound} = {to_v} if {to_v}.__class__ is int"
                 f" else {k(do_loops.whole_limit)}({to_v}, {v}, {by_v}, f)")
    # the value after the last pass: TO's bound b + c, FOR's a + n * c (n is an int >= 0)
    ends = ([f"{bound} + {by_v}"] if has_to else []) + ([f"{v} + {limit} * {by_v}"]
                                                           if has_for else [])
    end = ends[0] if len(ends) == 1 else f"min({', '.join(ends)})"
    to_check = f" or {bound}.__class__ is not int" if has_to else ""
    out.line(f"if (f.has_refs or {v}.__class__ is not int{to_check}"
             f" or {by_v}.__class__ is not int or {by_v} <= 0 or {v} <= -lim"
             f" or {end} >= lim):")
    if has_clause(node.body, (ast.DoLoop,)):      # (each level's body made once, not twice)
        out.line(f" {tok} = {k(general)}(f, {v}, {to_v}, {by_v}, {limit}, {up})")
    else:                               # non-integer values, a step down: generated too
        out.indent()
        cs.controlled_passes(node, info, parts, (v, to_v, by_v, limit, up), tok)
        out.dedent()
    out.line("else:")
    out.indent()
    out.line("d = f.vars")
    out.line("f.loops += 1")
    stems = sealed(cs.compiler.prog, node.body, node.control.name)
    if stems is None:
        _checked_passes(cs, node, info, parts, loop_class, v, (to_v, bound), by_v, limit, up,
                        tok)
    else:
        _sealed_passes(cs, node, stems, loop_class, v, bound, by_v, limit, tok)
    out.line("f.loops -= 1")
    out.dedent()
    return tok


def _range_stop(node, p, to_v, by_v, limit) -> str:
    """The text of the range's (exclusive) stop for a loop starting at ``p``: past TO's bound,
    after FOR's count of passes, the nearer of the two when both are given."""
    stops = ([f"{to_v} + 1"] if node.to is not None else []) + (
        [f"{p} + {limit} * {by_v}"] if node.for_ is not None else [])
    return stops[0] if len(stops) == 1 else f"min({', '.join(stops)})"


def _sealed_passes(cs, node, stems, loop_class, v, to_v, by_v, limit, tok) -> None:
    """The passes of a loop whose body leaves the control variable alone (``sealed_body``):
    the variable is the ``for``'s local, the body reads it from there and the stems it uses
    are fetched once. The pool's copy is stored only where something may read it: before a
    fallback closure or a nested loop (``ExpressionSource.sync``), when an exception leaves
    the loop (a condition's handler, a traceback), and once after the loop (LEAVE: the value
    of that pass; the end: the step after the last)."""
    out = cs.out
    name = node.control.name
    x = cs.x
    r, p = out.temp("range"), out.temp("p")
    out.line(f"{p} = {v}")
    out.line(f"{r} = range({p}, {_range_stop(node, p, to_v, by_v, limit)}, {by_v})")
    with x.hoisted_stems(stems):
        out.line("try:")
        out.indent()
        out.line(f"for {v} in {r}:")
        out.indent()
        cs.loops.append(loop_class(name, tok))
        with x.known_int(name, v):
            cs.block(node.body)
        cs.loops.pop()
        out.dedent()
        out.line(f"else: {v} = {p} + len({r}) * {by_v}")
        out.dedent()
        out.line("except BaseException:")
        out.line(f" d[{name!r}] = {v}")
        out.line(" raise")
    out.line(f"d[{name!r}] = {v}")


def _checked_passes(cs, node, info, parts, loop_class, v, tos, by_v, limit, up, tok) -> None:
    """The passes of a loop whose body may change the control variable: checked by identity
    at the top of each pass; if it changed, the general loop goes on from its value (with
    TO's own value: ``tos`` is it and the range's int bound)."""
    _init, general, getter, setter, _ = parts
    to_v, bound = tos
    out = cs.out
    k = cs.k
    name = node.control.name
    p, s, r = out.temp("p"), out.temp("s"), out.temp("range")
    has_for = node.for_ is not None
    changed = f"d.get({name!r}) is not {p} or f.has_refs"

    def go_on_generally(then: str = "", done: str = "") -> None:
        """The body changed the control variable: the general loop from its value on (with
        the passes of a FOR that are left after the ``done`` ones)."""
        left = f"{limit} - {done}" if has_for else limit
        finish = (f"{k(run_support.finish_loop)}(f, d.get({name!r}), {to_v}, {by_v}, {left},"
                  f" {up}, {k(getter)}, {k(setter)}, {k(info)}, {k(general)})")
        for text in ("f.loops -= 1", f"{tok} = {finish}", "f.loops += 1", then):
            if text:
                out.line(" " + text.strip())
    out.line(f"{p} = {s} = {v}")
    out.line(f"d[{name!r}] = {p}")
    out.line(f"{r} = range({p}, {_range_stop(node, p, bound, by_v, limit)}, {by_v})")
    out.line(f"for {v} in {r}:")
    out.indent()
    out.line(f"if {changed}:")
    go_on_generally(" break", f"({v} - {s}) // {by_v}")
    out.line(f"d[{name!r}] = {v}")
    out.line(f"{p} = {v}")
    cs.loops.append(loop_class(name, tok))
    cs.block(node.body)
    cs.loops.pop()
    out.dedent()
    out.line("else:")
    out.line(f" if {r}:")             # a pass ran: the step after the last one
    out.line(f"  if {changed}:")
    out.indent()
    out.indent()
    go_on_generally("", f"len({r})")
    out.dedent()
    out.dedent()
    out.line(f"  else: d[{name!r}] = {p} + {by_v}")
